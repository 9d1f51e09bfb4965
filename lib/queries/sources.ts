import 'server-only';
import type { Db } from '../db';
import { db } from '../db/client';
import type { Citation, FactRow, Scope } from '../domain/figure';
import { parseMachineReading, type MachineReading } from '../review/reading';
import type { FactOrigin } from '../review/status';
import { parseStoredWarnings, type StoredWarning } from '../validation/stored-json';
import { citationSelect, factSelect, SHOWN_STATUSES, toRow, toScope } from './rows';

export interface SourceFact extends FactRow {
  scope: Scope;
  council: { slug: string; name: string } | null;
  /** Read by the parser, or added by an editor from a span of the text. */
  origin: FactOrigin;
  /** The parser's own reading (null for an editor's fact): what a correction changed. */
  machineReading: MachineReading | null;
  /** Why an editor corrected or rejected it. */
  reason: string | null;
}

export interface SourceArticle {
  citation: Citation;
  /** When it was added, YYYY-MM-DD (UTC). Who added it is never public. */
  addedOn: string;
  text: string;
  currentFinancialYear: number | null;
  warnings: StoredWarning[];
  /** The figures shown (shownFacts), in text order: highlighted and counted. */
  facts: SourceFact[];
  /** Readings an editor rejected: listed with their reason, never highlighted or counted. */
  rejected: SourceFact[];
}

export async function getSource(slug: string, client: Db = db): Promise<SourceArticle | null> {
  const article = await client.article.findUnique({
    where: { slug },
    select: {
      ...citationSelect,
      addedAt: true,
      text: true,
      currentFinancialYear: true,
      warnings: true,
      facts: {
        // The shown facts and the rejected ones; unchecked ones stay out when they are not published.
        where: { status: { in: [...SHOWN_STATUSES, 'rejected'] } },
        orderBy: [{ start: 'asc' }, { financialYear: 'asc' }],
        select: {
          ...factSelect,
          scope: true,
          origin: true,
          machineReading: true,
          reason: true,
          council: { select: { slug: true, name: true } },
        },
      },
    },
  });
  if (!article) return null;
  const { facts, addedAt, text, currentFinancialYear, warnings: storedJson, ...citation } = article;
  // Stored by ingest from validated parser output; parsed again because it crosses a boundary.
  const warnings = parseStoredWarnings(storedJson);
  const rows = facts.map((f): SourceFact => ({
    ...toRow(f),
    scope: toScope(f.scope),
    council: f.council,
    origin: f.origin === 'editor' ? 'editor' : 'machine',
    machineReading: parseMachineReading(f.machineReading),
    reason: f.reason,
  }));
  return {
    citation,
    addedOn: addedAt.toISOString().slice(0, 10),
    text,
    currentFinancialYear,
    warnings,
    facts: rows.filter((f) => f.status !== 'rejected'),
    rejected: rows.filter((f) => f.status === 'rejected'),
  };
}
