import type { FactRow } from '@/lib/domain/figure';

/**
 * "Every figure on this page comes from a single source": a reader should know when nothing here
 * has a second article behind it. Nothing when two or more articles give figures.
 */
export function SingleSourceNote({ facts }: { facts: FactRow[] }) {
  const sources = new Map(facts.map((f) => [f.citation.slug, f.citation]));
  const only = sources.size === 1 ? [...sources.values()][0] : undefined;
  if (!only) return null;
  return (
    <p className="notice" role="note">
      Every figure on this page comes from a single source, {only.publisher}
      {only.title ? ` (“${only.title}”)` : ''}:{' '}
      <a href={`/sources/${only.slug}`}>the article, each figure highlighted</a>. No second article confirms them yet.
    </p>
  );
}
