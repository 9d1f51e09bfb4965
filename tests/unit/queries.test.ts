import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../lib/ingest';
import { getCouncil, listCouncils } from '../../lib/queries/council';
import { getEngland } from '../../lib/queries/england';
import { getOverview } from '../../lib/queries/overview';
import { getSource } from '../../lib/queries/sources';
import { makeTestDb, type TestDb } from '../setup/test-db';

let t: TestDb;
beforeAll(async () => {
  t = makeTestDb();
  await ingestArticle(t.db, {
    file: 'seeds/000_306cc6ddef71cacb.txt',
    text: readFileSync('seeds/000_306cc6ddef71cacb.txt', 'utf8'),
  });
});
afterAll(() => t.drop());

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
});

describe('the council query', () => {
  it('gives spend, budget, sites, cost per site, England share and the rank context', async () => {
    const d = await getCouncil('welwyn-hatfield', t.db);
    expect(d?.council).toEqual({
      slug: 'welwyn-hatfield',
      name: 'Welwyn Hatfield',
      officialName: 'Welwyn Hatfield Borough Council',
      region: 'East of England',
      type: 'NMD',
    });
    expect(d?.spend.map((f) => [f.year, f.value])).toEqual([
      [2015, 107000],
      [2016, 107000],
      [2017, 83000],
    ]);
    expect(d?.budget.map((f) => [f.year, f.value])).toEqual([[2018, 99000]]);
    expect(d?.cameras).toEqual([]);
    expect(d?.sites.map((f) => f.value)).toEqual([30]);
    expect(d?.perUnit).toMatchObject({ unit: 'camera_sites', cost: { bound: 'exact' } });
    expect(Math.round(d?.perUnit?.cost.value ?? 0)).toBe(2767);
    expect(d?.englandShare.map((s) => [s.year, s.share.bound])).toEqual([[2017, 'less_than']]);
    expect(d?.councilsSpendingMore.map((f) => f.value)).toEqual([176]);
    expect(d?.facts).toHaveLength(6); // 3 spend, 1 budget, 1 sites, 1 rank
  });

  it('is null for an unknown slug', async () => {
    expect(await getCouncil('atlantis', t.db)).toBeNull();
  });

  it('lists councils with figures for the compare form', async () => {
    expect(await listCouncils(t.db)).toEqual([
      { slug: 'hertsmere', name: 'Hertsmere' },
      { slug: 'welwyn-hatfield', name: 'Welwyn Hatfield' },
    ]);
  });
});

describe('the England query', () => {
  it('gives totals, the count facts and the known councils’ shares', async () => {
    const e = await getEngland(t.db);
    expect(e.totals.map((f) => [f.year, f.value, f.bound])).toEqual([[2017, 78000000, 'more_than']]);
    expect(e.counts.map((c) => [c.metric, c.figure.value, c.council?.slug ?? null, c.threshold])).toEqual([
      ['councils_spending_more', 176, 'welwyn-hatfield', null],
      ['councils_spending_over', 6, null, 1000000],
    ]);
    expect(e.shares[0]?.councils.map((c) => c.council.slug)).toEqual(['hertsmere', 'welwyn-hatfield']);
    expect(e.shares[0]?.combined).toMatchObject({ value: 200000, share: { bound: 'less_than' } });
  });
});

describe('the source query', () => {
  it('gives the text, every fact with its council, and the warnings', async () => {
    const s = await getSource('000-306cc6ddef71cacb', t.db);
    expect(s?.facts).toHaveLength(13);
    expect(s?.warnings).toEqual([]);
    const f = s?.facts[0];
    expect(s?.text.slice(f?.start, f?.end)).toBe('£83,000');
    expect(f?.council?.slug).toBe('welwyn-hatfield');
    expect(await getSource('nope', t.db)).toBeNull();
  });
});
