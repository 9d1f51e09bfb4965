/**
 * What the benchmark prints and saves: one row (a check) per measure, with its value, its target
 * and whether it is met, and the raw results of each section as JSON. A measure that could not be
 * taken is a row too: its value says "not measured: <reason>" and it is not met.
 */
import type { Outcome } from './attempts';

export interface Check {
  area: string;
  what: string;
  value: string;
  target: string;
  met: boolean;
  /** Set when the measure could not be taken: why. */
  notMeasured?: string;
}

/** A row's value and whether it meets its target, or why it could not be measured. */
export type Row = Outcome<{ value: string; met: boolean }>;

/** The rows of one area (http, js, lighthouse, scale, ...). */
export interface Area {
  check(what: string, value: string, target: string, met: boolean): void;
  notMeasured(what: string, target: string, reason: string): void;
  /** check() for a measured row, notMeasured() for one that is not. */
  row(what: string, target: string, row: Row | (() => Row)): void;
}

export const measuredRow = (value: string, met: boolean): Row => ({ ok: true, value: { value, met }, failures: [] });

export const notMeasuredValue = (reason: string) => `not measured: ${reason}`;

export class Report {
  readonly checks: Check[] = [];
  /** Each section's measurements, by section, for bench-results/*.json. */
  readonly results: Record<string, unknown> = {};

  area(area: string): Area {
    const check: Area['check'] = (what, value, target, met) => this.checks.push({ area, what, value, target, met });
    const notMeasured: Area['notMeasured'] = (what, target, reason) =>
      this.checks.push({ area, what, value: notMeasuredValue(reason), target, met: false, notMeasured: reason });
    return {
      check,
      notMeasured,
      row: (what, target, rowOrMake) => {
        const row = typeof rowOrMake === 'function' ? rowOrMake() : rowOrMake;
        if (row.ok) check(what, row.value.value, target, row.value.met);
        else notMeasured(what, target, row.reason);
      },
    };
  }
}

const WIDTHS = [10, 62, 44, 24];

/** The table the benchmark prints: a header, then one line per check ending in yes or NO. */
export function formatTable(checks: readonly Check[]): string[] {
  const row = (cells: string[]) => cells.map((x, i) => x.padEnd(WIDTHS[i] ?? 0)).join(' ');
  return [
    `${row(['area', 'measure', 'value', 'target'])} met`,
    ...checks.map((c) => `${row([c.area, c.what, c.value, c.target])} ${c.met ? 'yes' : 'NO'}`),
  ];
}

/** "30 of 34 targets met (2 not measured)". */
export function summaryLine(checks: readonly Check[]): string {
  const met = checks.filter((c) => c.met).length;
  const notMeasured = checks.filter((c) => c.notMeasured !== undefined).length;
  return `${met} of ${checks.length} targets met${notMeasured ? ` (${notMeasured} not measured)` : ''}`;
}
