import 'server-only';
import type { Db } from '../db';
import { db } from '../db/client';
import type { Basis, Bound, FactRef, SourceRef, YearFigure } from '../domain/figure';
import type { Metric } from '../domain/metrics';
import { summariseCouncil, SUMMARY_METRICS, type CouncilSummary } from '../domain/series';
import { groupBy } from '../group-by';
import { Prisma } from '../generated/prisma/client';
import { getEnglandSpend } from './england';

export interface Overview {
  /** England's latest total spend, if any article gives one. */
  england: YearFigure | null;
  /** Every council with figures, A to Z; its figures link to their sentences but do not carry them. */
  councils: Array<CouncilSummary<SourceRef>>;
}

type RawFact = Omit<FactRef, 'metric' | 'basis' | 'bound'> & {
  metric: string;
  basis: string | null;
  bound: string;
  councilId: number;
};

// At 350 councils the overview reads ~5,600 facts: flat rows in one SQL statement (a third of
// findMany's time, npm run bench), without their sentences (the overview links to each source
// instead). Columns, filter and order as factSelect, shownFacts and factOrder.
export const councilFacts = (client: Db) =>
  client.$queryRaw<RawFact[]>`
    SELECT f.id, f.metric, f.basis, f.financialYear, f.value, f.bound, f.threshold, f.start, f."end",
           f.councilId, a.slug AS articleSlug, a.file AS articleFile
    FROM Fact f JOIN Article a ON a.id = f.articleId
    WHERE f.scope = 'council' AND f.metric IN (${Prisma.join(SUMMARY_METRICS)})
    ORDER BY f.financialYear, f.articleId, f.start`;

// String columns were checked with zod before ingest wrote them (lib/extract/schema.ts).
const toRef = ({ councilId: _, ...f }: RawFact): FactRef => ({
  ...f,
  metric: f.metric as Metric,
  basis: f.basis as Basis | null,
  bound: f.bound as Bound,
});

/** Every council with figures, A to Z, and England's latest total. */
export async function getOverview(client: Db = db): Promise<Overview> {
  const [councils, facts, england] = await Promise.all([
    client.council.findMany({
      orderBy: { name: 'asc' },
      select: { id: true, slug: true, name: true, officialName: true, region: true },
    }),
    councilFacts(client),
    // The headline quotes England's sentence: a handful of rows.
    getEnglandSpend(client),
  ]);
  const byCouncil = groupBy(facts, (f) => f.councilId);
  return {
    england: england.at(-1) ?? null,
    councils: councils.flatMap(({ id, ...council }) => {
      const own = byCouncil.get(id);
      return own ? [summariseCouncil(council, own.map(toRef))] : [];
    }),
  };
}
