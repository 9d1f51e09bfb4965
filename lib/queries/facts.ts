import 'server-only';
import type { Db } from '../db';
import { db } from '../db/client';
import type { FactRow, Scope } from '../domain/figure';
import type { Prisma } from '../generated/prisma/client';
import { factSelect, shownFacts, toRow, toScope } from './rows';

/** A shown fact as the dataset download gives it: with its scope and its council's identity. */
export interface DatasetFact extends FactRow {
  scope: Scope;
  /**
   * The council the figure is about; for councils_spending_more (an England figure, "176
   * councils spent more than Welwyn Hatfield") the council compared with; else null.
   */
  council: { slug: string; name: string; gssCode: string } | null;
}

const datasetSelect = {
  ...factSelect,
  scope: true,
  council: { select: { slug: true, name: true, gssCode: true } },
} as const satisfies Prisma.FactSelect;

type Selected = Prisma.FactGetPayload<{ select: typeof datasetSelect }>;

const toDatasetFact = (f: Selected): DatasetFact => ({
  ...toRow(f),
  scope: toScope(f.scope),
  council: f.council,
});

/**
 * One page of the shown facts in id order: those with an id greater than `after`, at most `limit`.
 * Keyset pagination: each page is one index range on the primary key, however deep, and a fact
 * added or hidden while a client walks the pages moves no other fact between them.
 */
export async function getFactsPage(
  after: number,
  limit: number,
  client: Db = db,
): Promise<{ facts: DatasetFact[]; more: boolean }> {
  // One more than the page, to know whether another page follows without a count.
  const rows = await client.fact.findMany({
    where: { ...shownFacts, id: { gt: after } },
    orderBy: { id: 'asc' },
    take: limit + 1,
    select: datasetSelect,
  });
  return { facts: rows.slice(0, limit).map(toDatasetFact), more: rows.length > limit };
}

/** Every shown fact in id order: the CSV download. */
export async function getAllFacts(client: Db = db): Promise<DatasetFact[]> {
  const rows = await client.fact.findMany({ where: shownFacts, orderBy: { id: 'asc' }, select: datasetSelect });
  return rows.map(toDatasetFact);
}
