import 'server-only';
import { db, type Db } from '../db';
import { ratio, type Ratio } from './derive';
import { factOrder, factSelect, toRow } from './rows';
import { seriesOf, toFigure, type YearFigure } from './summarise';
import type { CouncilRef } from './council';

export interface CountFact {
  metric: 'councils_spending_more' | 'councils_spending_over';
  figure: YearFigure;
  /** The council others spent more than (councils_spending_more). */
  council: CouncilRef | null;
  /** Pounds (councils_spending_over). */
  threshold: number | null;
}

export interface KnownShare {
  year: number;
  total: YearFigure;
  councils: Array<{ council: CouncilRef; spend: YearFigure; share: Ratio | null }>;
  /** All known councils together, when there are two or more. */
  combined: { value: number; share: Ratio | null } | null;
}

export interface EnglandView {
  totals: YearFigure[];
  counts: CountFact[];
  shares: KnownShare[];
}

export async function getEngland(client: Db = db): Promise<EnglandView> {
  const [england, councilSpend] = await Promise.all([
    client.fact.findMany({
      where: { scope: 'england' },
      orderBy: factOrder,
      select: { ...factSelect, council: { select: { slug: true, name: true } } },
    }),
    client.council.findMany({
      where: { facts: { some: { scope: 'council', metric: 'spend' } } },
      orderBy: { name: 'asc' },
      select: {
        slug: true,
        name: true,
        facts: { where: { scope: 'council', metric: 'spend' }, orderBy: factOrder, select: factSelect },
      },
    }),
  ]);

  const totals = seriesOf(england.map(toRow), 'spend');
  const counts: CountFact[] = england
    .filter((f) => f.metric === 'councils_spending_more' || f.metric === 'councils_spending_over')
    .map((f) => ({
      metric: f.metric as CountFact['metric'],
      figure: toFigure(toRow(f)),
      council: f.council,
      threshold: f.threshold,
    }));
  const spendByCouncil = councilSpend.map(({ facts, ...council }) => ({
    council,
    spend: seriesOf(facts.map(toRow), 'spend'),
  }));
  const shares = totals.map((total): KnownShare => {
    const councils = spendByCouncil.flatMap(({ council, spend }) => {
      const s = spend.find((x) => x.year === total.year);
      return s ? [{ council, spend: s, share: ratio(s, total) }] : [];
    });
    const sum = councils.reduce((acc, c) => acc + c.spend.value, 0);
    const allExact = councils.every((c) => c.spend.bound === 'exact');
    return {
      year: total.year,
      total,
      councils,
      combined:
        councils.length > 1
          ? { value: sum, share: ratio({ value: sum, bound: allExact ? 'exact' : 'about' }, total) }
          : null,
    };
  });
  return { totals, counts, shares };
}
