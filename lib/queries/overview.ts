import 'server-only';
import { db, type Db } from '../db';
import { groupBy } from '../group-by';
import { factOrder, factSelect, toRow, type SelectedFact } from './rows';
import { seriesOf, summariseCouncil, type CouncilSummary, type YearFigure } from './summarise';

export interface Overview {
  /** England's latest total spend, if any article gives one. */
  england: YearFigure | null;
  councils: CouncilSummary[];
}

type FlatFact = Omit<SelectedFact, 'article' | 'quote'> & { councilId: number | null; articleId: number };

// At 350 councils the overview reads ~5,600 facts: flat rows in one SQL statement (a third of
// findMany's time, npm run bench), joined to their articles here, and no quotes (the overview
// links to each source instead). Columns and order as factSelect and factOrder.
const councilFacts = (client: Db) =>
  client.$queryRaw<FlatFact[]>`
    SELECT id, metric, basis, financialYear, value, bound, threshold, start, "end", councilId, articleId
    FROM Fact
    WHERE scope = 'council' AND metric IN ('spend', 'budget', 'cameras', 'camera_sites')
    ORDER BY financialYear, articleId, start`;

/** Every council with figures, A to Z, and England's latest total. */
export async function getOverview(client: Db = db): Promise<Overview> {
  const [councils, facts, articles, england] = await Promise.all([
    client.council.findMany({
      orderBy: { name: 'asc' },
      select: { id: true, slug: true, name: true, officialName: true, region: true },
    }),
    councilFacts(client),
    client.article.findMany({ select: { id: true, slug: true, file: true } }),
    // The headline quotes England's sentence: a handful of rows.
    client.fact.findMany({ where: { scope: 'england', metric: 'spend' }, orderBy: factOrder, select: factSelect }),
  ]);
  const articleById = new Map(articles.map((a) => [a.id, { slug: a.slug, file: a.file }]));
  const withArticle = (f: FlatFact) => ({
    ...f,
    quote: '',
    article: articleById.get(f.articleId) ?? { slug: '', file: '' },
  });
  const byCouncil = groupBy(facts.map(withArticle), (f) => f.councilId);
  return {
    england: seriesOf(england.map(toRow), 'spend').at(-1) ?? null,
    councils: councils
      .filter((c) => byCouncil.has(c.id))
      .map(({ id, ...council }) => summariseCouncil(council, (byCouncil.get(id) ?? []).map(toRow))),
  };
}
