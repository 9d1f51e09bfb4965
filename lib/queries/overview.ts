import 'server-only';
import { db, type Db } from '../db';
import { factOrder, factSelect, toRow } from './rows';
import { seriesOf, summariseCouncil, type CouncilSummary, type YearFigure } from './summarise';

export interface Overview {
  /** England's latest total spend, if any article gives one. */
  england: YearFigure | null;
  councils: CouncilSummary[];
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
          orderBy: factOrder,
          select: factSelect,
        },
      },
    }),
    client.fact.findMany({
      where: { scope: 'england', metric: 'spend' },
      orderBy: factOrder,
      select: factSelect,
    }),
  ]);
  return {
    england: seriesOf(englandFacts.map(toRow), 'spend').at(-1) ?? null,
    councils: councils.map(({ facts, ...council }) => summariseCouncil(council, facts.map(toRow))),
  };
}
