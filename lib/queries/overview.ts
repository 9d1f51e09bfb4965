import 'server-only';
import { db, type Db } from '../db';
import type { Basis, Bound, Metric } from '../extract/schema';
import { seriesOf, summariseCouncil, type CouncilSummary, type FactRow, type YearFigure } from './summarise';

export interface Overview {
  /** England's latest total spend, if any article gives one. */
  england: YearFigure | null;
  councils: CouncilSummary[];
}

const factSelect = {
  metric: true,
  basis: true,
  financialYear: true,
  value: true,
  bound: true,
  quote: true,
  start: true,
  end: true,
  article: { select: { slug: true, file: true } },
} as const;

type SelectedFact = {
  metric: string;
  basis: string | null;
  financialYear: number;
  value: number;
  bound: string;
  quote: string;
  start: number;
  end: number;
  article: { slug: string; file: string };
};

// Columns were checked with zod before ingest wrote them (lib/extract/schema.ts).
function toRow(f: SelectedFact): FactRow {
  return {
    metric: f.metric as Metric,
    basis: f.basis as Basis | null,
    financialYear: f.financialYear,
    value: f.value,
    bound: f.bound as Bound,
    articleSlug: f.article.slug,
    articleFile: f.article.file,
    quote: f.quote,
    start: f.start,
    end: f.end,
  };
}

/** Every council with figures, A to Z, and England's latest total. Two queries. */
export async function getOverview(client: Db = db): Promise<Overview> {
  const [councils, englandFacts] = await Promise.all([
    client.council.findMany({
      where: { facts: { some: { scope: 'council' } } },
      orderBy: { name: 'asc' },
      select: {
        slug: true,
        name: true,
        officialName: true,
        region: true,
        facts: {
          where: { scope: 'council', metric: { in: ['spend', 'budget', 'cameras', 'camera_sites'] } },
          orderBy: [{ financialYear: 'asc' }, { articleId: 'asc' }],
          select: factSelect,
        },
      },
    }),
    client.fact.findMany({
      where: { scope: 'england', metric: 'spend' },
      orderBy: [{ financialYear: 'asc' }, { articleId: 'asc' }],
      select: factSelect,
    }),
  ]);
  return {
    england: seriesOf(englandFacts.map(toRow), 'spend').at(-1) ?? null,
    councils: councils.map(({ facts, ...council }) => summariseCouncil(council, facts.map(toRow))),
  };
}
