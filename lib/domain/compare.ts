import type { SourceRef, YearFigure } from './figure';
import { yearsOf } from './financial-year';

export interface Difference {
  /** b - a in pounds. */
  amount: number;
  /** (b - a) / a; null when a is zero. */
  relative: number | null;
  /** False when either side is a bound ("more than"), so the difference is approximate. */
  exact: boolean;
}

type Bounded = Pick<YearFigure, 'value' | 'bound'>;

export function difference(a: Bounded, b: Bounded): Difference {
  return {
    amount: b.value - a.value,
    relative: a.value === 0 ? null : (b.value - a.value) / a.value,
    exact: a.bound === 'exact' && b.bound === 'exact',
  };
}

interface SpendAndBudget<S extends SourceRef> {
  spend: Array<YearFigure<S>>;
  budget: Array<YearFigure<S>>;
}

export interface CompareRow<S extends SourceRef = SourceRef> {
  year: number;
  a: { spend: YearFigure<S> | null; budget: YearFigure<S> | null };
  b: { spend: YearFigure<S> | null; budget: YearFigure<S> | null };
  /** b's spend minus a's, when both are known. */
  spendDifference: Difference | null;
}

/** One row per year either council has a spend or budget for, oldest first. */
export function compareRows<S extends SourceRef>(a: SpendAndBudget<S>, b: SpendAndBudget<S>): Array<CompareRow<S>> {
  const at = (list: Array<YearFigure<S>>, year: number) => list.find((f) => f.year === year) ?? null;
  return yearsOf(a.spend, a.budget, b.spend, b.budget).map((year) => {
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
