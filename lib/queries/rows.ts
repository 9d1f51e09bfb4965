import type { Basis, Bound, FactRow, Scope } from '../domain/figure';
import type { Metric } from '../domain/metrics';
import { publishUnchecked } from '../env';
import type { Prisma } from '../generated/prisma/client';
import { reviewStatuses, type ReviewStatus } from '../review/status';

/**
 * The review statuses public pages and the API show: never `rejected`; `unchecked` only when
 * PUBLISH_UNCHECKED allows it (lib/env.ts). Confirmed and corrected figures always show.
 */
export function shownStatuses(withUnchecked: boolean): ReviewStatus[] {
  return reviewStatuses.filter((s) => s !== 'rejected' && (withUnchecked || s !== 'unchecked'));
}

/** This process's setting, read once: a bad PUBLISH_UNCHECKED fails here, before any page renders. */
export const SHOWN_STATUSES = shownStatuses(publishUnchecked());

/**
 * The facts public pages and the API show: the one place that decides it, used by every read.
 * The overview reads its facts with raw SQL (overview.ts), filtered on the same SHOWN_STATUSES;
 * tests/unit/queries check that the two agree under both settings.
 */
export const shownFacts = { status: { in: SHOWN_STATUSES } } satisfies Prisma.FactWhereInput;

/** What a citation needs of an article (never who added it: editors' emails are private). */
export const citationSelect = {
  slug: true,
  publisher: true,
  url: true,
  title: true,
  publishedOn: true,
} as const satisfies Prisma.ArticleSelect;

/** The columns every page needs of a fact, with its article's citation. */
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
  status: true,
  article: { select: citationSelect },
} as const satisfies Prisma.FactSelect;

type SelectedFact = Prisma.FactGetPayload<{ select: typeof factSelect }>;

/** Oldest year first; within a year, the first article ingested first. */
export const factOrder = [
  { financialYear: 'asc' as const },
  { articleId: 'asc' as const },
  { start: 'asc' as const },
] satisfies Prisma.FactOrderByWithRelationInput[];

const collator = new Intl.Collator('en-GB');

/**
 * A to Z by name, in JavaScript: the databases disagree (SQLite compares bytes, PostgreSQL follows
 * its database's collation, which the operator chose), and a list must read the same on both.
 */
export function byName<T extends { name: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => collator.compare(a.name, b.name) || Number(a.name > b.name) - Number(a.name < b.name));
}

/** A stored scope as the domain's: the column holds 'council' or 'england' (lib/extract/schema.ts). */
export const toScope = (scope: string): Scope => (scope === 'england' ? 'england' : 'council');

// String columns were checked with zod before ingest or an editor's decision wrote them
// (lib/extract/schema.ts, lib/review/status.ts).
export function toRow(f: SelectedFact): FactRow {
  return {
    id: f.id,
    metric: f.metric as Metric,
    basis: f.basis as Basis | null,
    financialYear: f.financialYear,
    value: f.value,
    bound: f.bound as Bound,
    threshold: f.threshold,
    status: f.status as ReviewStatus,
    citation: f.article,
    quote: f.quote,
    start: f.start,
    end: f.end,
  };
}
