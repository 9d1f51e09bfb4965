import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../lib/ingest';
import { SUMMARY_METRICS } from '../../../lib/domain/series';
import { councilFacts, getOverview } from '../../../lib/queries/overview';
import { factOrder, factSelect, shownFacts } from '../../../lib/queries/rows';
import { makeTestDb } from '../../setup/test-db';
import { seededStore } from '../../support/seeded-store';

// Our own fixture articles: council figures of every kind, England figures and warnings among them.
const FIXTURES = readdirSync('tests/fixtures').filter((f) => f.endsWith('.txt'));

const t = seededStore();

describe('the overview query', () => {
  it('is empty on an empty store', async () => {
    const empty = makeTestDb();
    expect(await getOverview(empty.db)).toEqual({ england: null, councils: [] });
    await empty.drop();
  });

  it('gives England’s latest total with its bound and source', async () => {
    const { england } = await getOverview(t.db);
    expect(england).toMatchObject({ year: 2017, value: 78000000, bound: 'more_than' });
    expect(england?.source.quote).toMatch(/^The Ministry of Housing/);
  });

  it('summarises each council A to Z: spend by year, latest budget, cameras or sites with the unit', async () => {
    const { councils } = await getOverview(t.db);
    expect(councils.map((c) => c.name)).toEqual(['Hertsmere', 'Welwyn Hatfield']);
    const [hertsmere, wh] = councils;
    expect(hertsmere?.spend.map((s) => [s.year, s.value])).toEqual([
      [2015, 120000],
      [2016, 129000],
      [2017, 117000],
    ]);
    expect(wh?.spend.map((s) => [s.year, s.value])).toEqual([
      [2015, 107000],
      [2016, 107000],
      [2017, 83000],
    ]);
    expect(wh?.latestSpend?.value).toBe(83000);
    expect(wh?.previousSpend?.value).toBe(107000);
    expect(wh?.latestBudget).toMatchObject({ year: 2018, value: 99000 });
    expect(wh?.cameras).toMatchObject({ unit: 'camera_sites', value: 30 });
    expect(hertsmere?.cameras).toMatchObject({ unit: 'cameras', value: 23 });
    expect(wh?.latestSpend?.source).toMatchObject({
      articleFile: 'seeds/000_306cc6ddef71cacb.txt',
      start: 156,
      end: 163,
    });
  });

  it('links each council figure to its sentence without carrying it', async () => {
    const { councils } = await getOverview(t.db);
    expect(councils[1]?.latestSpend?.source).toEqual({
      factId: expect.any(Number),
      articleSlug: '000-306cc6ddef71cacb',
      articleFile: 'seeds/000_306cc6ddef71cacb.txt',
      start: 156,
      end: 163,
    });
  });
});

describe('the overview’s raw read', () => {
  it('returns exactly the rows findMany does with the shared filter, columns and order', async () => {
    const store = makeTestDb();
    for (const file of ['seeds/000_306cc6ddef71cacb.txt', ...FIXTURES.map((f) => `tests/fixtures/${f}`)]) {
      await ingestArticle(store.db, { file, text: readFileSync(file, 'utf8') });
    }
    const raw = await councilFacts(store.db);
    const viaPrisma = await store.db.fact.findMany({
      where: { ...shownFacts, scope: 'council', metric: { in: [...SUMMARY_METRICS] } },
      orderBy: factOrder,
      select: { ...factSelect, councilId: true },
    });
    expect(viaPrisma.length).toBeGreaterThan(30);
    expect(new Set(viaPrisma.map((f) => f.metric))).toEqual(new Set(SUMMARY_METRICS));
    expect(raw).toEqual(
      viaPrisma.map(({ article, quote: _, ...f }) => ({ ...f, articleSlug: article.slug, articleFile: article.file })),
    );
    await store.drop();
  });
});

describe('the overview’s councils', () => {
  it('leave out a council whose only figures the overview does not show', async () => {
    const store = makeTestDb();
    await ingestArticle(store.db, {
      file: 'i.txt',
      text: 'Dacorum Borough Council took in £12,000 of CCTV income in 2019-20.',
    });
    expect(await store.db.fact.count({ where: { metric: 'income' } })).toBe(1);
    expect((await getOverview(store.db)).councils).toEqual([]);
    await store.drop();
  });
});
