import { createHash } from 'node:crypto';
import type { Basis, Bound, Scope } from '../domain/figure';
import type { Metric } from '../domain/metrics';
import { evidenceSchema, type Evidence, type ParsedFact } from '../extract/schema';
import { machineReadingOf, naturalKey } from '../ingest';
import { parseStoredJson } from '../validation/stored-json';
import { parseMachineReading, type MachineReading } from './reading';
import type { ReviewStatus } from './status';

/** What the review form shows of one fact: its reading now, the parser's, and why it read so. */
export interface ReviewFact {
  /** The form's name for it: the stored id, or for a preview its natural key. */
  ref: string;
  id: number | null;
  version: number;
  status: ReviewStatus;
  origin: 'machine' | 'editor';
  reading: MachineReading;
  /** The parser's reading, when it differs from `reading` or the fact is the parser's. */
  machine: MachineReading | null;
  evidence: Evidence | null;
  start: number;
  end: number;
  quote: string;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

/**
 * What a preview's decisions depend on: the text and the publication date (which settles relative
 * years). Publishing checks it against the form's, so decisions are never applied to a reading
 * the editor did not see.
 */
export const previewFingerprint = (text: string, published: string | null) =>
  createHash('sha256')
    .update(`${published ?? ''}\n${text}`, 'utf8')
    .digest('hex')
    .slice(0, 32);

/** A preview fact's ref: its natural key with only form-safe characters. */
export const previewRef = (f: { start: number; metric: string; financialYear: number }) =>
  `p${naturalKey(f).replace(/\|/g, '_')}`;

export function fromParsed(f: ParsedFact): ReviewFact {
  const reading = machineReadingOf(f);
  return {
    ref: previewRef(f),
    id: null,
    version: 0,
    status: 'unchecked',
    origin: 'machine',
    reading,
    machine: reading,
    evidence: f.evidence,
    start: f.start,
    end: f.end,
    quote: f.quote,
    reason: null,
    decidedBy: null,
    decidedAt: null,
  };
}

export interface StoredReviewFact {
  id: number;
  version: number;
  status: string;
  origin: string;
  scope: string;
  metric: string;
  financialYear: number;
  value: number;
  bound: string;
  basis: string | null;
  threshold: number | null;
  machineReading: string | null;
  evidence: string | null;
  start: number;
  end: number;
  quote: string;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  council: { gssCode: string; name: string } | null;
}

// String columns were checked with zod before they were written (lib/ingest, lib/review/decide.ts).
export function fromStored(f: StoredReviewFact): ReviewFact {
  return {
    ref: String(f.id),
    id: f.id,
    version: f.version,
    status: f.status as ReviewStatus,
    origin: f.origin === 'editor' ? 'editor' : 'machine',
    reading: {
      scope: f.scope as Scope,
      council: f.council,
      metric: f.metric as Metric,
      financialYear: f.financialYear,
      value: f.value,
      bound: f.bound as Bound,
      basis: f.basis as Basis | null,
      threshold: f.threshold,
    },
    machine: parseMachineReading(f.machineReading),
    evidence: parseStoredJson(evidenceSchema, f.evidence),
    start: f.start,
    end: f.end,
    quote: f.quote,
    reason: f.reason,
    decidedBy: f.decidedBy,
    decidedAt: f.decidedAt?.toISOString() ?? null,
  };
}
