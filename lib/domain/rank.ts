import type { SourceRef, YearFigure } from './figure';

type WithSpend = { name: string; spend: ReadonlyArray<YearFigure<SourceRef>> };

/**
 * Items with a value, highest first, and apart those without one. The sort is stable: equal values
 * keep the order they were given in (A to Z, where the caller gives them so). Each value is worked
 * out once, not once per comparison.
 */
export function rankByValue<T>(items: readonly T[], value: (item: T) => number | null): { ranked: T[]; without: T[] } {
  const scored = items.map((item) => ({ item, value: value(item) }));
  return {
    ranked: scored
      .flatMap((s) => (s.value === null ? [] : [{ item: s.item, value: s.value }]))
      .sort((a, b) => b.value - a.value)
      .map((s) => s.item),
    without: scored.filter((s) => s.value === null).map((s) => s.item),
  };
}

/** The `n` councils with the highest latest spend, highest first (ties A to Z). */
export function highestSpenders<T extends WithSpend>(councils: readonly T[], n: number): T[] {
  const aToZ = [...councils].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return rankByValue(aToZ, (c) => c.spend.at(-1)?.value ?? null).ranked.slice(0, n);
}

/** The same councils as highestSpenders, in their original order (the chart's). */
export function topBySpend<T extends WithSpend>(councils: readonly T[], n: number): T[] {
  const keep = new Set(highestSpenders(councils, n));
  return councils.filter((c) => keep.has(c));
}
