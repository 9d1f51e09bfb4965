import 'server-only';
import { populationOf } from '../councils/population';
import type { Db } from '../db';
import { db } from '../db/client';
import type { ListedCouncil } from '../domain/council-order';
import type { Basis, Bound, Citation, FactRef, YearFigure } from '../domain/figure';
import type { Metric } from '../domain/metrics';
import { summariseCouncil, SUMMARY_METRICS } from '../domain/series';
import { groupBy } from '../group-by';
import { Prisma } from '../generated/prisma/client';
import type { ReviewStatus } from '../review/status';
import { getEnglandSpend } from './england';
import { byName, citationSelect, SHOWN_STATUSES } from './rows';

export interface Overview {
  /** England's latest total spend, if any article gives one. */
  england: YearFigure | null;
  /** England's total spend by year (the coverage statement's whole). */
  englandSpend: YearFigure[];
  /**
   * Every council with figures, A to Z, with its mid-2020 population; its figures link to their
   * sentences but do not carry them.
   */
  councils: ListedCouncil[];
}

type RawFact = Omit<FactRef, 'metric' | 'basis' | 'bound' | 'status' | 'citation'> & {
  metric: string;
  basis: string | null;
  bound: string;
  status: string;
  councilId: number;
  articleId: number;
};

// At 350 councils the overview reads ~5,600 facts: flat rows in one SQL statement (a third of
// findMany's time, npm run bench), without their sentences (the overview links to each source
// instead) and with their article's id: every article's citation is one small read beside it.
// Columns, filter and order as factSelect, shownFacts and factOrder.
export const councilFacts = (client: Db) =>
  // Identifiers quoted: PostgreSQL folds unquoted ones to lower case ("financialyear").
  client.$queryRaw<RawFact[]>`
    SELECT f."id", f."metric", f."basis", f."financialYear", f."value", f."bound", f."threshold", f."start", f."end",
           f."status", f."councilId", f."articleId"
    FROM "Fact" f
    WHERE f."scope" = 'council' AND f."metric" IN (${Prisma.join(SUMMARY_METRICS)})
      AND f."status" IN (${Prisma.join(SHOWN_STATUSES)})
    ORDER BY f."financialYear", f."articleId", f."start"`;

/** Every article's citation by id: one object per article, shared by all its facts. */
async function citationsById(client: Db): Promise<Map<number, Citation>> {
  const articles = await client.article.findMany({ select: { id: true, ...citationSelect } });
  return new Map(articles.map(({ id, ...citation }) => [id, citation]));
}

/**
 * The overview's raw rows as the facts every other read gives (without their sentences). A fact
 * whose article is gone (deleted between the two reads) is dropped, as the next read would.
 */
function toRefs(rows: RawFact[], citations: Map<number, Citation>): FactRef[] {
  return rows.flatMap(({ councilId: _, articleId, ...f }) => {
    const citation = citations.get(articleId);
    return citation ? [toRef(f, citation)] : [];
  });
}

// String columns were checked with zod before ingest or an editor wrote them.
function toRef(f: Omit<RawFact, 'councilId' | 'articleId'>, citation: Citation): FactRef {
  return {
    ...f,
    metric: f.metric as Metric,
    basis: f.basis as Basis | null,
    bound: f.bound as Bound,
    status: f.status as ReviewStatus,
    citation,
  };
}

/** Every council with figures, A to Z, and England's latest total. */
export async function getOverview(client: Db = db): Promise<Overview> {
  const [councils, facts, citations, england] = await Promise.all([
    client.council.findMany({
      select: { id: true, slug: true, name: true, officialName: true, region: true, gssCode: true },
    }),
    councilFacts(client),
    citationsById(client),
    // The headline quotes England's sentence: a handful of rows.
    getEnglandSpend(client),
  ]);
  const byCouncil = groupBy(facts, (f) => f.councilId);
  return {
    england: england.at(-1) ?? null,
    englandSpend: england,
    councils: byName(councils).flatMap(({ id, gssCode, ...council }) => {
      const own = toRefs(byCouncil.get(id) ?? [], citations);
      return own.length ? [{ ...summariseCouncil(council, own), population: populationOf(gssCode) }] : [];
    }),
  };
}
