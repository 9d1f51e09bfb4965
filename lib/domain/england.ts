import type { Bound, SourceRef, YearFigure } from './figure';
import { isComparable, type Metric } from './metrics';
import { ratio, type Ratio } from './ratio';
import type { CouncilRef } from './series';

/**
 * Several councils' figures of one metric added up. Only a metric whose values are one quantity
 * may be (never cameras with camera sites, never counts of councils); the sum is exact only when
 * every part is.
 */
export function sumFigures(metric: Metric, parts: ReadonlyArray<Pick<YearFigure, 'value' | 'bound'>>) {
  if (!isComparable(metric)) throw new Error(`values of ${metric} cannot be added together`);
  const bound: Bound = parts.every((p) => p.bound === 'exact') ? 'exact' : 'about';
  return { value: parts.reduce((sum, p) => sum + p.value, 0), bound };
}

export interface KnownShare<S extends SourceRef = SourceRef> {
  year: number;
  total: YearFigure<S>;
  councils: Array<{ council: CouncilRef; spend: YearFigure<S>; share: Ratio | null }>;
  /** All known councils together, when there are two or more. */
  combined: { value: number; share: Ratio | null } | null;
}

function combine<S extends SourceRef>(shares: Array<{ spend: YearFigure<S> }>, total: YearFigure<S>) {
  const sum = sumFigures(
    'spend',
    shares.map((c) => c.spend),
  );
  return { value: sum.value, share: ratio(sum, total) };
}

/** For each year England's total is known: each council's spend that year, its share, and theirs together. */
export function knownShares<S extends SourceRef>(
  totals: Array<YearFigure<S>>,
  councils: Array<{ council: CouncilRef; spend: Array<YearFigure<S>> }>,
): Array<KnownShare<S>> {
  return totals.map((total) => {
    const shares = councils.flatMap(({ council, spend }) => {
      const s = spend.find((x) => x.year === total.year);
      return s ? [{ council, spend: s, share: ratio(s, total) }] : [];
    });
    return {
      year: total.year,
      total,
      councils: shares,
      combined: shares.length > 1 ? combine(shares, total) : null,
    };
  });
}
