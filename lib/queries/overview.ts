import 'server-only';
import { db, type Db } from '../db';
import { factOrder, factSelect, toRow, type SelectedFact } from './rows';
import { seriesOf, summariseCouncil, type CouncilSummary, type YearFigure } from './summarise';

export interface Overview {
  /** England's latest total spend, if any article gives one. */
  england: YearFigure | null;
  councils: CouncilSummary[];
}

// Flat rows joined here, and no quotes: at 350 councils the overview reads ~5,600 facts, and
// their sentences were half the query time. The overview links to each source instead.
const { article: _article, quote: _quote, ...flatFact } = { ...factSelect, councilId: true, articleId: true } as const;

/** Every council with figures, A to Z, and England's latest total. */
export async function getOverview(client: Db = db): Promise<Overview> {
  const [councils, facts, articles, england] = await Promise.all([
    client.council.findMany({ orderBy: { name: 'asc' }, select: { id: true, slug: true, name: true, officialName: true, region: true } }),
    client.fact.findMany({
      where: { scope: 'council', metric: { in: ['spend', 'budget', 'cameras', 'camera_sites'] } },
      orderBy: factOrder,
      select: flatFact,
    }),
    client.article.findMany({ select: { id: true, slug: true, file: true } }),
    // The headline quotes England's sentence: a handful of rows.
    client.fact.findMany({ where: { scope: 'england', metric: 'spend' }, orderBy: factOrder, select: factSelect }),
  ]);
  const articleById = new Map(articles.map((a) => [a.id, { slug: a.slug, file: a.file }]));
  const byCouncil = new Map<number, SelectedFact[]>();
  for (const f of facts) {
    if (f.councilId === null) continue;
    const row: SelectedFact = { ...f, quote: '', article: articleById.get(f.articleId) ?? { slug: '', file: '' } };
    byCouncil.set(f.councilId, [...(byCouncil.get(f.councilId) ?? []), row]);
  }
  return {
    england: seriesOf(england.map(toRow), 'spend').at(-1) ?? null,
    councils: councils
      .filter((c) => byCouncil.has(c.id))
      .map(({ id, ...council }) => summariseCouncil(council, (byCouncil.get(id) ?? []).map(toRow))),
  };
}
