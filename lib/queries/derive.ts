import type { Bound } from '../extract/schema';
import type { YearFigure } from './summarise';

/** A ratio of two bounded figures, with the bound the ratio inherits. */
export interface Ratio {
  value: number;
  bound: Bound;
}

const FLIP: Record<Bound, Bound> = { exact: 'exact', more_than: 'less_than', less_than: 'more_than', about: 'about' };

/**
 * numerator / denominator, bounded honestly: dividing by "more than £78m" gives "less than"
 * the ratio; a bounded numerator passes its bound on. Two bounds that pull different ways,
 * or an "about" anywhere, give "about".
 */
export function ratio(
  numerator: Pick<YearFigure, 'value' | 'bound'>,
  denominator: Pick<YearFigure, 'value' | 'bound'>,
): Ratio | null {
  if (denominator.value === 0) return null;
  const a = numerator.bound;
  const b = FLIP[denominator.bound];
  let bound: Bound;
  if (a === 'exact') bound = b;
  else if (b === 'exact' || a === b) bound = a;
  else bound = 'about';
  return { value: numerator.value / denominator.value, bound };
}

export interface PerUnit {
  spend: YearFigure;
  count: YearFigure;
  unit: 'cameras' | 'camera_sites';
  cost: Ratio;
}

/**
 * Spend per camera (or per camera site) for the latest spend year, against the count closest
 * to that year. Its unit is named: cameras and sites are never mixed.
 */
export function perUnitCost(spend: YearFigure[], cameras: YearFigure[], sites: YearFigure[]): PerUnit | null {
  const latest = spend.at(-1);
  if (!latest) return null;
  const nearest = (list: YearFigure[]) =>
    [...list].sort((x, y) => Math.abs(x.year - latest.year) - Math.abs(y.year - latest.year) || y.year - x.year)[0];
  const camera = nearest(cameras);
  const site = nearest(sites);
  const count = camera ?? site;
  const unit = camera ? 'cameras' : 'camera_sites';
  if (!count) return null;
  const cost = ratio(latest, count);
  return cost ? { spend: latest, count, unit, cost } : null;
}

export interface YearShare {
  year: number;
  part: YearFigure;
  whole: YearFigure;
  share: Ratio;
}

/** Each year where both a council's spend and England's total are known: the council's share. */
export function sharesOf(part: YearFigure[], whole: YearFigure[]): YearShare[] {
  return part.flatMap((p) => {
    const w = whole.find((x) => x.year === p.year);
    const share = w ? ratio(p, w) : null;
    return w && share ? [{ year: p.year, part: p, whole: w, share }] : [];
  });
}

export interface Difference {
  /** b - a in pounds. */
  amount: number;
  /** (b - a) / a; null when a is zero. */
  relative: number | null;
  /** False when either side is a bound ("more than"), so the difference is approximate. */
  exact: boolean;
}

export function difference(a: Pick<YearFigure, 'value' | 'bound'>, b: Pick<YearFigure, 'value' | 'bound'>): Difference {
  return {
    amount: b.value - a.value,
    relative: a.value === 0 ? null : (b.value - a.value) / a.value,
    exact: a.bound === 'exact' && b.bound === 'exact',
  };
}

export interface CompareRow {
  year: number;
  a: { spend: YearFigure | null; budget: YearFigure | null };
  b: { spend: YearFigure | null; budget: YearFigure | null };
  /** b's spend minus a's, when both are known. */
  spendDifference: Difference | null;
}

type SpendAndBudget = { spend: YearFigure[]; budget: YearFigure[] };

/** One row per year either council has a spend or budget for, oldest first. */
export function compareRows(a: SpendAndBudget, b: SpendAndBudget): CompareRow[] {
  const years = [...new Set([a, b].flatMap((c) => [...c.spend, ...c.budget].map((f) => f.year)))].sort((x, y) => x - y);
  const at = (list: YearFigure[], year: number) => list.find((f) => f.year === year) ?? null;
  return years.map((year) => {
    const aSpend = at(a.spend, year);
    const bSpend = at(b.spend, year);
    return {
      year,
      a: { spend: aSpend, budget: at(a.budget, year) },
      b: { spend: bSpend, budget: at(b.budget, year) },
      spendDifference: aSpend && bSpend ? difference(aSpend, bSpend) : null,
    };
  });
}
