import type { SourceRef, YearFigure } from './figure';

type WithSpend = { name: string; spend: ReadonlyArray<YearFigure<SourceRef>> };

/** The `n` councils with the highest latest spend, highest first (ties A to Z). */
export function highestSpenders<T extends WithSpend>(councils: readonly T[], n: number): T[] {
  const latest = (c: T) => c.spend.at(-1)?.value ?? 0;
  return councils
    .filter((c) => c.spend.length > 0)
    .sort((a, b) => latest(b) - latest(a) || a.name.localeCompare(b.name, 'en-GB'))
    .slice(0, n);
}

/** The same councils as highestSpenders, in their original order (the chart's). */
export function topBySpend<T extends WithSpend>(councils: readonly T[], n: number): T[] {
  const keep = new Set(highestSpenders(councils, n));
  return councils.filter((c) => keep.has(c));
}
