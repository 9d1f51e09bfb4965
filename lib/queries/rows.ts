import type { Basis, Bound, FactRow } from '../domain/figure';
import type { Metric } from '../domain/metrics';
import type { Prisma } from '../generated/prisma/client';

/**
 * The facts public pages and the API show: the one place that decides it, used by every read.
 * Today that is every stored fact. The overview reads its facts with raw SQL (overview.ts),
 * which must say the same; tests/unit/queries/overview.test.ts checks that the two agree.
 */
export const shownFacts = {} satisfies Prisma.FactWhereInput;

/** The columns every page needs of a fact, with its article. */
export const factSelect = {
  id: true,
  metric: true,
  basis: true,
  financialYear: true,
  value: true,
  bound: true,
  threshold: true,
  quote: true,
  start: true,
  end: true,
  article: { select: { slug: true, file: true } },
} as const satisfies Prisma.FactSelect;

type SelectedFact = Prisma.FactGetPayload<{ select: typeof factSelect }>;

/** Oldest year first; within a year, the first article ingested first. */
export const factOrder = [
  { financialYear: 'asc' as const },
  { articleId: 'asc' as const },
  { start: 'asc' as const },
] satisfies Prisma.FactOrderByWithRelationInput[];

// String columns were checked with zod before ingest wrote them (lib/extract/schema.ts).
export function toRow(f: SelectedFact): FactRow {
  return {
    id: f.id,
    metric: f.metric as Metric,
    basis: f.basis as Basis | null,
    financialYear: f.financialYear,
    value: f.value,
    bound: f.bound as Bound,
    threshold: f.threshold,
    articleSlug: f.article.slug,
    articleFile: f.article.file,
    quote: f.quote,
    start: f.start,
    end: f.end,
  };
}
