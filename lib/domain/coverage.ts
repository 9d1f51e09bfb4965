import { sumFigures } from './england';
import type { Bound, SourceRef, YearFigure } from './figure';
import { ratio, type Ratio } from './ratio';

/**
 * How much of England one year's figures cover: how many councils give a spend figure, of how
 * many existed, what they add up to, and what share of England's total that is (when the total
 * is known). What "known councils' share" is of needs saying beside it.
 */
export interface Coverage<S extends SourceRef = SourceRef> {
  year: number;
  /** Councils with a spend figure that year. */
  known: number;
  /** English councils that existed on 1 April of that year. */
  of: number;
  /** Their spend together; null when none is known. */
  together: { value: number; bound: Bound } | null;
  /** England's total that year, when a source gives one. */
  total: YearFigure<S> | null;
  /** together / total, bounded; null without both. */
  share: Ratio | null;
}

/**
 * One year's coverage. Where a council's sources differ, its first value counts (as in every
 * table); `councilsIn` says how many English councils existed that year.
 */
export function coverageOf<S extends SourceRef>(
  year: number,
  councils: ReadonlyArray<{ spend: ReadonlyArray<YearFigure<S>> }>,
  totals: ReadonlyArray<YearFigure<S>>,
  councilsIn: (year: number) => number,
): Coverage<S> {
  const spend = councils.flatMap((c) => c.spend.filter((f) => f.year === year));
  const total = totals.find((t) => t.year === year) ?? null;
  const together = spend.length ? sumFigures('spend', spend) : null;
  return {
    year,
    known: spend.length,
    of: councilsIn(year),
    together,
    total,
    share: together && total ? ratio(together, total) : null,
  };
}
