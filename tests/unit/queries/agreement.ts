import { expect } from 'vitest';
import type { Db } from '../../../lib/db';
import { SUMMARY_METRICS } from '../../../lib/domain/series';
import { councilFacts } from '../../../lib/queries/overview';
import { factOrder, factSelect, shownFacts } from '../../../lib/queries/rows';

/**
 * The overview's raw SQL returns exactly the rows findMany does with shownFacts, the shared
 * columns and the shared order (its citations come from each row's article, read apart).
 */
export async function expectRawReadToAgree(db: Db, atLeast: number) {
  const raw = await councilFacts(db);
  const viaPrisma = await db.fact.findMany({
    where: { ...shownFacts, scope: 'council', metric: { in: [...SUMMARY_METRICS] } },
    orderBy: factOrder,
    select: { ...factSelect, councilId: true, articleId: true },
  });
  expect(viaPrisma.length).toBeGreaterThanOrEqual(atLeast);
  expect(raw).toEqual(viaPrisma.map(({ article: _, quote: __, ...f }) => f));
}
