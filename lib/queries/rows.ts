import type { Basis, Bound, Metric } from '../extract/schema';
import type { FactRow } from './summarise';

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
} as const;

export interface SelectedFact {
  id: number;
  metric: string;
  basis: string | null;
  financialYear: number;
  value: number;
  bound: string;
  threshold: number | null;
  quote: string;
  start: number;
  end: number;
  article: { slug: string; file: string };
}

/** Oldest year first; within a year, the first article ingested first. */
export const factOrder = [{ financialYear: 'asc' as const }, { articleId: 'asc' as const }, { start: 'asc' as const }];

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
