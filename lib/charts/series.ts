import { formatFinancialYear } from '../format';
import type { YearFigure } from '../queries/summarise';

export type SeriesKind = 'actual' | 'budget';

export interface ChartSeries {
  /** Row key the values are stored under. */
  key: string;
  label: string;
  kind: SeriesKind;
  /** Which council (0, 1, ...): picks colour and pattern, so colour is never the only signal. */
  tone: number;
}

export type ChartRow = { year: string } & Record<string, number | string | null>;

export interface ChartModel {
  rows: ChartRow[];
  series: ChartSeries[];
}

export interface ChartInput {
  name: string;
  spend: YearFigure[];
  budget?: YearFigure[];
}

/**
 * Spend (and budgets, where given) by financial year for one or more councils: one row a
 * year, oldest first, a null where a council has no figure that year.
 */
export function spendBudgetChart(councils: ChartInput[]): ChartModel {
  const series: ChartSeries[] = [];
  councils.forEach((c, tone) => {
    if (c.spend.length) series.push({ key: `spend_${tone}`, label: `${c.name}: actual spend`, kind: 'actual', tone });
    if (c.budget?.length) series.push({ key: `budget_${tone}`, label: `${c.name}: budget`, kind: 'budget', tone });
  });
  const years = [...new Set(councils.flatMap((c) => [...c.spend, ...(c.budget ?? [])].map((f) => f.year)))].sort(
    (a, b) => a - b,
  );
  const rows = years.map((year) => {
    const row: ChartRow = { year: formatFinancialYear(year) };
    councils.forEach((c, tone) => {
      if (c.spend.length) row[`spend_${tone}`] = c.spend.find((f) => f.year === year)?.value ?? null;
      if (c.budget?.length) row[`budget_${tone}`] = c.budget.find((f) => f.year === year)?.value ?? null;
    });
    return row;
  });
  return { rows, series };
}

/** More bars than this per year are unreadable: the overview charts the biggest spenders. */
export const CHARTED_COUNCILS = 8;

/** The `n` councils with the highest latest spend, in their original order (the chart's). */
export function topBySpend<T extends { name: string; spend: YearFigure[] }>(councils: T[], n: number): T[] {
  const keep = new Set(highestSpenders(councils, n));
  return councils.filter((c) => keep.has(c));
}

/** The overview's table: this many councils, highest latest spend first. */
export const LISTED_SPENDERS = 20;

/** The `n` councils with the highest latest spend, highest first (ties A to Z). */
export function highestSpenders<T extends { name: string; spend: YearFigure[] }>(councils: T[], n: number): T[] {
  const latest = (c: T) => c.spend.at(-1)?.value ?? 0;
  return councils
    .filter((c) => c.spend.length > 0)
    .sort((a, b) => latest(b) - latest(a) || a.name.localeCompare(b.name, 'en-GB'))
    .slice(0, n);
}
