import { describe, expect, it } from 'vitest';
import type { Db } from '../../../lib/db';
import { articleForReview, articleLog, reviewQueue } from '../../../lib/editor/queries';
import { ingestArticle } from '../../../lib/ingest';
import { applyDecisions } from '../../../lib/review/decide';
import { storeWith } from '../queries/stores';

/**
 * The review queue: articles with unchecked figures or parser warnings, oldest first, with their
 * counts; narrowed to one council's unchecked figures. Articles fully decided and warning-free drop out.
 */
const ids: Record<string, number> = {};
const add = async (db: Db, name: string, text: string, addedAt: string) => {
  const o = await ingestArticle(db, { text, publisher: `${name} Gazette`, title: name });
  await db.article.update({ where: { id: o.articleId! }, data: { addedAt: new Date(addedAt) } });
  ids[name] = o.articleId!;
};

const t = storeWith(async (db) => {
  // Added in this order, but dated so that "newer" is the oldest.
  await add(
    db,
    'older',
    'Watford Borough Council spent £50,000 on CCTV in 2019-20. Dacorum Borough Council spent £60,000 on CCTV in 2019-20.',
    '2026-03-01',
  );
  await add(db, 'newer', 'Hertsmere Borough Council spent £70,000 on CCTV in 2019-20.', '2026-01-01');
  // Every figure decided, but the parser left a warning: still in the queue.
  await add(
    db,
    'warned',
    'Watford Borough Council spent £51,000 on CCTV in 2018-19. The figure for Broxbourne was £12,345.',
    '2026-02-01',
  );
  // Every figure decided, no warning: out of the queue.
  await add(db, 'done', 'Dacorum Borough Council spent £61,000 on CCTV in 2018-19.', '2025-12-01');
  for (const name of ['warned', 'done']) {
    const facts = await db.fact.findMany({ where: { articleId: ids[name] } });
    await db.$transaction((tx) =>
      applyDecisions(
        tx,
        'ed@example.org',
        ids[name]!,
        facts.map((f) => ({ kind: 'confirm' as const, factId: f.id, version: f.version, reason: null })),
      ),
    );
  }
  // One of the two figures in "older" decided: one left unchecked.
  const [first] = await db.fact.findMany({ where: { articleId: ids.older }, orderBy: { start: 'asc' } });
  await db.$transaction((tx) =>
    applyDecisions(tx, 'ed@example.org', ids.older!, [{ kind: 'reject', factId: first!.id, version: 0, reason: 'no' }]),
  );
});

describe('the review queue', () => {
  it('lists articles with unchecked figures or warnings, oldest first, with their counts', async () => {
    const rows = await reviewQueue(undefined, t.db);
    expect(rows.map((r) => [r.title, r.unchecked, r.warnings, r.facts])).toEqual([
      ['newer', 1, 0, 1],
      ['warned', 0, 1, 1],
      ['older', 1, 0, 2],
    ]);
    expect(rows[0]).toMatchObject({ publisher: 'newer Gazette', addedBy: 'command line' });
  });

  it('narrows to one council’s unchecked figures', async () => {
    expect((await reviewQueue('dacorum', t.db)).map((r) => r.title)).toEqual(['older']);
    // Watford's only unchecked figure was rejected; its other article's figure was confirmed.
    expect(await reviewQueue('watford', t.db)).toEqual([]);
    expect((await reviewQueue('hertsmere', t.db)).map((r) => r.title)).toEqual(['newer']);
  });

  it('gives an article to review with every figure, decided or not, and its log newest first', async () => {
    const a = await articleForReview(ids.older!, t.db);
    expect(a?.facts.map((f) => [f.status, f.reading.council?.name, f.version])).toEqual([
      ['rejected', 'Watford', 1],
      ['unchecked', 'Dacorum', 0],
    ]);
    expect(a?.facts[0]?.machine?.value).toBe(50000);
    expect(a?.facts[0]?.evidence?.rules.length).toBeGreaterThan(0);
    expect((await articleLog(ids.older!, 50, t.db)).map((e) => e.action)).toEqual(['fact.rejected', 'article.added']);
    expect(await articleForReview(999_999, t.db)).toBeNull();
  });
});
