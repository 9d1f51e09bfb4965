import type { Basis, Bound, Scope } from '../domain/figure';
import { formatFinancialYear } from '../domain/financial-year';
import { metricLabel, type Metric } from '../domain/metrics';
import { formatBounded, formatMoney, formatValue } from '../format';
import type { MachineReading } from './reading';

/** A fact's reading as it stands now: the stored columns, with its council by name. */
export interface CurrentReading {
  scope: Scope;
  council: { name: string } | null;
  metric: Metric;
  financialYear: number;
  value: number;
  bound: Bound;
  basis: Basis | null;
  threshold: number | null;
}

// The machine's reading has the same parts (its council also has a code).
type Reading = CurrentReading;

/** "Dacorum's", "St Albans'", "England's". */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

// A council's figure is the council's; an England figure is England's, except "N councils spent
// more than Dacorum", which names the council it is about.
const whose = (r: Reading) =>
  r.council ? possessive(r.council.name) : r.scope === 'england' ? "England's" : "an unnamed council's";
const what = (r: Reading) => {
  const label = metricLabel(r.metric, r.basis);
  return label.charAt(0).toLowerCase() + label.slice(1);
};
const amount = (r: Reading) => formatBounded(formatValue(r.metric, r.value), r.bound);
const threshold = (r: Reading) => (r.threshold === null ? 'no threshold' : `over ${formatMoney(r.threshold)}`);

/** Each part of a reading a reader may see changed, in the order a figure is read out. */
const PARTS: Array<(r: Reading) => string> = [
  whose,
  what,
  (r) => formatFinancialYear(r.financialYear),
  amount,
  threshold,
];

/**
 * What an editor's correction changed, in words a reader follows: "Read as Dacorum's; corrected to
 * St Albans'", "Read as £40,000; corrected to £45,000", "Read as 2017-18; corrected to 2018-19".
 * One line per changed part; none when the reading is the machine's (nothing to tell).
 */
export function describeCorrection(machine: MachineReading, current: CurrentReading): string[] {
  return PARTS.flatMap((part) => {
    const before = part(machine);
    const after = part(current);
    return before === after ? [] : [`Read as ${before}; corrected to ${after}`];
  });
}
