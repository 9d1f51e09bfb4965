import { describe, expect, it, vi } from 'vitest';
import { fillReviewStore, HERTS_AD, OBSERVER, storeWith } from './stores';

// The setting is read once, when lib/queries/rows.ts loads: set it first, then load the queries.
vi.stubEnv('PUBLISH_UNCHECKED', 'false');
const { compareRows } = await import('../../../lib/domain/compare');
const { getCouncil, listCouncils } = await import('../../../lib/queries/council');
const { getEngland } = await import('../../../lib/queries/england');
const { getOverview } = await import('../../../lib/queries/overview');
const { SHOWN_STATUSES } = await import('../../../lib/queries/rows');
const { getSource } = await import('../../../lib/queries/sources');
const { expectRawReadToAgree } = await import('./agreement');

const t = storeWith(fillReviewStore);

describe('with PUBLISH_UNCHECKED=false', () => {
  it('shows confirmed and corrected figures only', () => {
    expect(SHOWN_STATUSES).toEqual(['confirmed', 'corrected']);
  });

  it('a council shows only its checked figures; one with none has no page and is not offered', async () => {
    const d = await getCouncil('st-albans', t.db);
    expect(d?.series.spend.map((f) => [f.year, f.value, f.source.status])).toEqual([
      [2017, 50000, 'confirmed'],
      [2018, 45000, 'corrected'],
    ]);
    expect(d?.facts.map((f) => f.status)).toEqual(['confirmed', 'corrected']);
    expect(await getCouncil('watford', t.db)).toBeNull();
    expect(await getCouncil('dacorum', t.db)).toBeNull();
    expect(await listCouncils(t.db)).toEqual([{ slug: 'st-albans', name: 'St Albans' }]);
  });

  it('England has no total when its only one is unchecked, so no shares', async () => {
    const e = await getEngland(t.db);
    expect(e.totals).toEqual([]);
    expect(e.shares).toEqual([]);
    const d = await getCouncil('st-albans', t.db);
    expect(d?.englandShare).toEqual([]);
  });

  it('the overview has no England headline and only the council with checked figures', async () => {
    const { england, councils } = await getOverview(t.db);
    expect(england).toBeNull();
    expect(councils.map((c) => [c.slug, c.spend.map((f) => f.value)])).toEqual([['st-albans', [50000, 45000]]]);
  });

  it('compare has no unchecked year', async () => {
    const a = await getCouncil('st-albans', t.db);
    if (!a) throw new Error('St Albans has checked figures');
    expect(compareRows(a.series, a.series).map((r) => r.year)).toEqual([2017, 2018]);
  });

  it('a source highlights only checked figures and still lists rejected readings', async () => {
    const s = await getSource(HERTS_AD.slug, t.db);
    expect(s?.facts.map((f) => [f.value, f.status])).toEqual([
      [45000, 'corrected'],
      [50000, 'confirmed'],
    ]);
    expect(s?.rejected.map((f) => f.value)).toEqual([60000, 80000000]);
    expect((await getSource(OBSERVER.slug, t.db))?.rejected.map((f) => f.value)).toEqual([99000]);
  });

  it('the overview’s raw read agrees with findMany and shownFacts', async () => {
    await expectRawReadToAgree(t.db, 2);
  });
});
