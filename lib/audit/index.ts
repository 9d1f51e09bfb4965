import type { Prisma } from '../generated/prisma/client';

/**
 * The editors' log. Every action is written with `record`, inside the transaction of the change it
 * describes, so the log and the data never disagree. The table is append-only (its migration has
 * triggers refusing UPDATE and DELETE); nothing here changes or removes an entry.
 */
type AuditAction =
  | 'article.added'
  | 'article.reparsed'
  | 'article.updated'
  | 'fact.confirmed'
  | 'fact.corrected'
  | 'fact.rejected'
  | 'fact.added'
  | 'user.added'
  | 'user.disabled';

/** Who did it: an editor's email, or the command line. */
export const COMMAND_LINE = 'command line';

export interface AuditInput {
  actor: string;
  action: AuditAction;
  articleId?: number | null;
  factId?: number | null;
  /** What changed: serialised as JSON. */
  detail?: Record<string, unknown>;
}

type Writer = Pick<Prisma.TransactionClient, 'auditEntry'>;

export async function record(tx: Writer, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actor: entry.actor,
      action: entry.action,
      articleId: entry.articleId ?? null,
      factId: entry.factId ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    },
  });
}
