import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../lib/ingest';
import { getOverview } from '../../../lib/queries/overview';
import { makeTestDb } from '../../setup/test-db';
import { expectRawReadToAgree } from './agreement';
import { ingestSeed, SEED_PUBLISHER, SEED_URL, storeWith } from './stores';

// Our own fixture articles: council figures of every kind, England figures and warnings among them.
const FIXTURES = readdirSync('tests/fixtures').filter((f) => f.endsWith('.txt'));

let seedSlug = '';
const t = storeWith(async (db) => {
  seedSlug = (await ingestSeed(db)).slug;
});

describe('the overview query', () => {
  it('is empty on an empty store', async () => {
    const empty = await makeTestDb();
    expect(await getOverview(empty.db)).toEqual({ england: null, englandSpend: [], councils: [] });
    await empty.drop();
  });

  it('gives England’s latest total with its bound and source', async () => {
    const { england } = await getOverview(t.db);
    expect(england).toMatchObject({ year: 2017, value: 78000000, bound: 'more_than' });
    expect(england?.source.quote).toMatch(/^The Ministry of Housing/);
    expect(england?.source.citation.publisher).toBe(SEED_PUBLISHER);
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
    // Each with its mid-2020 population, from the bundled list by GSS code.
    expect(councils.map((c) => c.population)).toEqual([105_471, 123_893]);
  });

  it('gives England’s total of every year, for the coverage statement', async () => {
    const { englandSpend } = await getOverview(t.db);
    expect(englandSpend.map((f) => [f.year, f.value, f.bound])).toEqual([[2017, 78000000, 'more_than']]);
  });

  it('links each council figure to its sentence and cites its article, without carrying the sentence', async () => {
    const { councils } = await getOverview(t.db);
    expect(councils[1]?.latestSpend?.source).toEqual({
      factId: expect.any(Number),
      citation: { slug: seedSlug, publisher: SEED_PUBLISHER, url: SEED_URL, title: null, publishedOn: null },
      status: 'unchecked',
      start: 156,
      end: 163,
    });
  });
});

describe('the overview’s raw read', () => {
  it('returns exactly the rows findMany does with the shared filter, columns and order', async () => {
    const store = await makeTestDb();
    await ingestSeed(store.db);
    for (const file of FIXTURES) {
      await ingestArticle(store.db, { text: readFileSync(`tests/fixtures/${file}`, 'utf8'), publisher: file });
    }
    // Some decided: the raw read must leave out exactly what shownFacts does.
    const ids = (await store.db.fact.findMany({ where: { scope: 'council' }, select: { id: true } })).map((f) => f.id);
    const statuses = ['rejected', 'confirmed', 'corrected'] as const;
    for (const [i, status] of statuses.entries()) {
      await store.db.fact.updateMany({ where: { id: { in: ids.filter((_, j) => j % 4 === i) } }, data: { status } });
    }
    await expectRawReadToAgree(store.db, 30);
    await store.drop();
  }, 60_000);
});

describe('the overview’s councils', () => {
  it('leave out a council whose only figures the overview does not show', async () => {
    const store = await makeTestDb();
    await ingestArticle(store.db, {
      text: 'Dacorum Borough Council took in £12,000 of CCTV income in 2019-20.',
      publisher: 'Hemel Gazette',
    });
    expect(await store.db.fact.count({ where: { metric: 'income' } })).toBe(1);
    expect((await getOverview(store.db)).councils).toEqual([]);
    await store.drop();
  });

  it('leave out a council whose only figures were rejected', async () => {
    const store = await makeTestDb();
    await ingestArticle(store.db, {
      text: 'Dacorum Borough Council spent £150,000 on CCTV in 2017-18.',
      publisher: 'Hemel Gazette',
    });
    expect((await getOverview(store.db)).councils.map((c) => c.slug)).toEqual(['dacorum']);
    await store.db.fact.updateMany({ data: { status: 'rejected' } });
    expect((await getOverview(store.db)).councils).toEqual([]);
    await store.drop();
  });
});
