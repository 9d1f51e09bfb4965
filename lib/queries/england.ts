import 'server-only';
import { councilsIn } from '../councils';
import type { Db } from '../db';
import { coverageOf, type Coverage } from '../domain/coverage';
import { db } from '../db/client';
import { knownShares, type KnownShare } from '../domain/england';
import type { Source, YearFigure } from '../domain/figure';
import { seriesOf, toFigure, type CouncilRef } from '../domain/series';
import { byName, factOrder, factSelect, shownFacts, toRow } from './rows';

export interface CountFact {
  metric: 'councils_spending_more' | 'councils_spending_over';
  figure: YearFigure;
  /** The council others spent more than (councils_spending_more). */
  council: CouncilRef | null;
  /** Pounds (councils_spending_over). */
  threshold: number | null;
}

export interface EnglandView {
  totals: YearFigure[];
  counts: CountFact[];
  shares: Array<KnownShare<Source>>;
  /** For each year with an England total: how many councils the figures cover, and their share. */
  coverage: Array<Coverage<Source>>;
}

/** England's total spend by year: the overview's headline, and the whole a council's share is of. */
export async function getEnglandSpend(client: Db = db): Promise<YearFigure[]> {
  const rows = await client.fact.findMany({
    where: { ...shownFacts, scope: 'england', metric: 'spend' },
    orderBy: factOrder,
    select: factSelect,
  });
  return seriesOf(rows.map(toRow), 'spend');
}

export async function getEngland(client: Db = db): Promise<EnglandView> {
  const councilSpend = { ...shownFacts, scope: 'council', metric: 'spend' };
  const [england, spenders] = await Promise.all([
    client.fact.findMany({
      where: { ...shownFacts, scope: 'england' },
      orderBy: factOrder,
      select: { ...factSelect, council: { select: { slug: true, name: true } } },
    }),
    client.council.findMany({
      where: { facts: { some: councilSpend } },
      select: { slug: true, name: true, facts: { where: councilSpend, orderBy: factOrder, select: factSelect } },
    }),
  ]);

  const rows = england.map(toRow);
  const totals = seriesOf(rows, 'spend');
  const counts = england.flatMap((f, i): CountFact[] => {
    const row = rows[i];
    if (!row || (row.metric !== 'councils_spending_more' && row.metric !== 'councils_spending_over')) return [];
    return [{ metric: row.metric, figure: toFigure(row), council: f.council, threshold: f.threshold }];
  });
  const councils = byName(spenders).map(({ facts, ...council }) => ({
    council,
    spend: seriesOf(facts.map(toRow), 'spend'),
  }));
  return {
    totals,
    counts,
    shares: knownShares(totals, councils),
    coverage: totals.map((t) => coverageOf(t.year, councils, totals, councilsIn)),
  };
}
