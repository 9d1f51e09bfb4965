import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../lib/db';
import { ingestArticle } from '../../../lib/ingest';
import { makeTestDb, TEST_DIALECT, type TestDb } from '../../setup/test-db';

let t: TestDb;
beforeAll(async () => {
  t = await makeTestDb();
});
afterAll(() => t.drop());

// Every article names the same councils, so every writer wants to add the same council rows:
// SQLite makes the others wait (busy), PostgreSQL lets them collide on the unique key (P2002).
const article = (i: number) => {
  const year = `20${10 + i}-${11 + i}`;
  return {
    text: `Watford Borough Council spent £${50 + i},000 on CCTV in ${year}. Dacorum spent £${70 + i},000 in ${year}.`,
    publisher: `Gazette ${i}`,
  };
};

describe(`writers at once on ${TEST_DIALECT}`, () => {
  it('lose nothing: every article, every fact, each council once, the same article once', async () => {
    // One client per writer, as separate processes would have: separate connections.
    const writers = Array.from({ length: 8 }, () => createDb(t.url));
    try {
      const inputs = [...Array.from({ length: 6 }, (_, i) => article(i)), article(0), article(1)];
      const outcomes = await Promise.all(inputs.map((input, i) => ingestArticle(writers[i]!, input)));
      expect(outcomes.map((o) => o.status).sort()).toEqual([
        'added',
        'added',
        'added',
        'added',
        'added',
        'added',
        'unchanged',
        'unchanged',
      ]);
    } finally {
      await Promise.all(writers.map((w) => w.$disconnect()));
    }
    expect(await t.counts()).toEqual({ councils: 2, articles: 6, facts: 12 });
    expect(await t.db.auditEntry.count({ where: { action: 'article.added' } })).toBe(6);
  }, 60_000);
});
