import { describe, expect, it } from 'vitest';
import { getCouncil, listCouncils } from '../../../lib/queries/council';
import { ingestSeed, SEED_PUBLISHER, SEED_URL, storeWith } from './stores';

const t = storeWith(ingestSeed);

describe('the council query', () => {
  it('gives spend, budget, sites, cost per site, England share and the rank context', async () => {
    const d = await getCouncil('welwyn-hatfield', t.db);
    expect(d?.council).toEqual({
      slug: 'welwyn-hatfield',
      name: 'Welwyn Hatfield',
      officialName: 'Welwyn Hatfield Borough Council',
      region: 'East of England',
      type: 'NMD',
      gssCode: 'E07000241',
    });
    expect(d?.population).toBe(123_893);
    expect(d?.series.spend.map((f) => [f.year, f.value])).toEqual([
      [2015, 107000],
      [2016, 107000],
      [2017, 83000],
    ]);
    expect(d?.series.budget.map((f) => [f.year, f.value])).toEqual([[2018, 99000]]);
    expect(d?.series.cameras).toEqual([]);
    expect(d?.series.income).toEqual([]);
    expect(d?.series.camera_sites.map((f) => f.value)).toEqual([30]);
    expect(d?.perUnit).toMatchObject({ unit: 'camera_sites', cost: { bound: 'exact' } });
    expect(Math.round(d?.perUnit?.cost.value ?? 0)).toBe(2767);
    expect(d?.englandShare.map((s) => [s.year, s.share.bound])).toEqual([[2017, 'less_than']]);
    expect(d?.councilsSpendingMore.map((f) => f.value)).toEqual([176]);
    expect(d?.facts).toHaveLength(6); // 3 spend, 1 budget, 1 sites, 1 rank
  });

  it('keeps the sentence, the citation and the review status of every figure', async () => {
    const d = await getCouncil('welwyn-hatfield', t.db);
    const source = d?.series.spend.at(-1)?.source;
    expect(source?.quote).toMatch(/^Government figures show the council spent £83,000/);
    expect(source?.citation).toMatchObject({
      publisher: SEED_PUBLISHER,
      url: SEED_URL,
      title: null,
      publishedOn: null,
    });
    expect(source?.status).toBe('unchecked');
    expect(d?.facts.every((f) => f.citation.publisher === SEED_PUBLISHER && f.status === 'unchecked')).toBe(true);
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
