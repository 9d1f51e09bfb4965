import { z } from 'zod';
import type { ReviewStatus } from '../review/status';
import type { Metric } from './metrics';

/** How exactly a figure was stated: "more than £78 million" is 78,000,000 `more_than`. */
const bounds = ['exact', 'more_than', 'less_than', 'about'] as const;
export type Bound = (typeof bounds)[number];
export const boundSchema = z.enum(bounds);

/** Net (spend minus income) or gross spending; null where the text does not say. */
const bases = ['net', 'gross'] as const;
export type Basis = (typeof bases)[number];
export const basisSchema = z.enum(bases);

/** A council's own figure, or England's. */
const scopes = ['council', 'england'] as const;
export type Scope = (typeof scopes)[number];
export const scopeSchema = z.enum(scopes);

/** What a reader needs to cite an article: who published it, where, when, and our page showing it. */
/**
 * The largest value or threshold a figure may have: PostgreSQL's integer (SQLite's is larger, but a
 * store must mean the same on both). More than £2.1bn is no council's CCTV budget, nor England's;
 * a larger figure is refused with a reason rather than failing to save (decision 016).
 */
export const MAX_FIGURE = 2_147_483_647;

export interface Citation {
  /** Our source page: /sources/[slug]. */
  slug: string;
  /** "Welwyn Hatfield Times". */
  publisher: string;
  /** The original's address, when known. */
  url: string | null;
  /** The headline, when known. */
  title: string | null;
  /** YYYY-MM-DD, when known. */
  publishedOn: string | null;
}

/** Where a figure was read: the fact, its article's citation, its review status and its offsets in the text. */
export interface SourceRef {
  factId: number;
  citation: Citation;
  /** Unchecked figures carry a "machine-read, not yet checked" marker wherever they are shown. */
  status: ReviewStatus;
  start: number;
  end: number;
}

/** Where a fact's highlight is on its source page: the pages link to it and the API gives it. */
export const sourceHref = (s: { citation: Pick<Citation, 'slug'>; factId: number }) =>
  `/sources/${s.citation.slug}#fact-${s.factId}`;

/** A source with the sentence the figure stands in. */
export interface Source extends SourceRef {
  quote: string;
}

export interface SourcedValue<S extends SourceRef = Source> {
  value: number;
  bound: Bound;
  source: S;
}

/** One figure for one year, with where it came from. */
export interface YearFigure<S extends SourceRef = Source> extends SourcedValue<S> {
  year: number;
  /**
   * Other sources that give a different value for the same metric, basis and year. The pages
   * show the disagreement rather than pick one silently; `value` is the first source's.
   */
  conflicts: Array<SourcedValue<S>>;
}

/** A stored fact as the pages need it, without its sentence. */
export interface FactRef {
  id: number;
  metric: Metric;
  basis: Basis | null;
  /** Starting calendar year of the financial year. */
  financialYear: number;
  value: number;
  bound: Bound;
  threshold: number | null;
  status: ReviewStatus;
  citation: Citation;
  start: number;
  end: number;
}

/** A stored fact with its sentence. */
export interface FactRow extends FactRef {
  quote: string;
}

type ReadingKey = 'value' | 'bound' | 'basis' | 'threshold' | 'quote' | 'start' | 'end';

/**
 * What a fact reads beyond its metric, scope, council and year: its value as stated and where it
 * stands. The same fields, in this order, in every form a fact takes (the parser's result, the
 * store, the published JSON, the API).
 */
export function readingOf<F extends Record<ReadingKey, unknown>>(f: F): Pick<F, ReadingKey> {
  return {
    value: f.value,
    bound: f.bound,
    basis: f.basis,
    threshold: f.threshold,
    quote: f.quote,
    start: f.start,
    end: f.end,
  };
}
