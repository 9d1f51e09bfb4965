import { describe, expect, it } from 'vitest';
import { compareRows } from '../../../lib/domain/compare';
import { getCouncil, listCouncils } from '../../../lib/queries/council';
import { getEngland } from '../../../lib/queries/england';
import { getOverview } from '../../../lib/queries/overview';
import { shownFacts, shownStatuses, SHOWN_STATUSES } from '../../../lib/queries/rows';
import { getSource } from '../../../lib/queries/sources';
import { expectRawReadToAgree } from './agreement';
import { EDITOR_EMAIL, fillReviewStore, HERTS_AD, HERTS_AD_TEXT, MACHINE_READING, OBSERVER, storeWith } from './stores';

const t = storeWith(fillReviewStore);

describe('which review statuses are shown', () => {
  it('never rejected; unchecked only when published', () => {
    expect(shownStatuses(true)).toEqual(['unchecked', 'confirmed', 'corrected']);
    expect(shownStatuses(false)).toEqual(['confirmed', 'corrected']);
  });

  it('publishes unchecked figures when PUBLISH_UNCHECKED is not set', () => {
    expect(SHOWN_STATUSES).toEqual(['unchecked', 'confirmed', 'corrected']);
    expect(shownFacts).toEqual({ status: { in: ['unchecked', 'confirmed', 'corrected'] } });
  });
});

describe('with unchecked figures published (the default)', () => {
  it('a council shows its unchecked, confirmed and corrected figures, never a rejected one', async () => {
    const d = await getCouncil('st-albans', t.db);
    expect(d?.series.spend.map((f) => [f.year, f.value, f.source.status])).toEqual([
      [2016, 52000, 'unchecked'],
      [2017, 50000, 'confirmed'],
      [2018, 45000, 'corrected'],
    ]);
    // The rejected £99,000 for 2017-18 would be a conflict if it counted.
    expect(d?.series.spend.flatMap((f) => f.conflicts)).toEqual([]);
    expect(d?.facts.map((f) => f.status)).toEqual(['unchecked', 'confirmed', 'corrected']);
  });

  it('a council whose only figure is rejected has no page and is not offered', async () => {
    expect(await getCouncil('dacorum', t.db)).toBeNull();
    expect((await listCouncils(t.db)).map((c) => c.slug)).toEqual(['st-albans', 'watford']);
  });

  it('carries each figure’s citation: publisher, address, title, date and our page', async () => {
    const d = await getCouncil('st-albans', t.db);
    expect(d?.series.spend.at(-1)?.source.citation).toEqual(HERTS_AD);
    const watford = await getCouncil('watford', t.db);
    expect(watford?.facts[0]?.citation).toEqual(HERTS_AD);
  });

  it('England counts neither a rejected total nor a rejected council’s spend', async () => {
    const e = await getEngland(t.db);
    expect(e.totals.map((f) => [f.year, f.value, f.source.status])).toEqual([[2017, 78000000, 'unchecked']]);
    expect(e.totals[0]?.source.citation).toEqual(HERTS_AD);
    expect(e.shares.map((s) => s.councils.map((c) => [c.council.slug, c.spend.value]))).toEqual([
      [
        ['st-albans', 50000],
        ['watford', 70000],
      ],
    ]);
    expect(e.shares[0]?.combined?.value).toBe(120000);
  });

  it('the overview lists no council with only rejected figures, and no rejected value', async () => {
    const { england, councils } = await getOverview(t.db);
    expect(england).toMatchObject({ year: 2017, value: 78000000 });
    expect(councils.map((c) => c.slug)).toEqual(['st-albans', 'watford']);
    const stAlbans = councils[0];
    expect(stAlbans?.spend.map((f) => [f.year, f.value, f.conflicts.length])).toEqual([
      [2016, 52000, 0],
      [2017, 50000, 0],
      [2018, 45000, 0],
    ]);
    expect(stAlbans?.latestSpend?.source).toEqual({
      factId: expect.any(Number),
      citation: HERTS_AD,
      status: 'corrected',
      start: HERTS_AD_TEXT.indexOf('£45,000'),
      end: HERTS_AD_TEXT.indexOf('£45,000') + '£45,000'.length,
    });
  });

  it('compare sees the same figures', async () => {
    const [a, b] = await Promise.all([getCouncil('st-albans', t.db), getCouncil('watford', t.db)]);
    if (!a || !b) throw new Error('both councils have figures');
    const y = compareRows(a.series, b.series).find((r) => r.year === 2017);
    expect(y?.spendDifference).toEqual({ amount: 20000, relative: 0.4, exact: true });
    expect(y?.a.spend?.conflicts).toEqual([]);
  });

  it('a source shows its figures with their status, and lists rejected readings apart', async () => {
    const s = await getSource(HERTS_AD.slug, t.db);
    expect(s?.citation).toEqual(HERTS_AD);
    expect(s?.facts.map((f) => [f.value, f.status])).toEqual([
      [45000, 'corrected'],
      [50000, 'confirmed'],
      [52000, 'unchecked'],
      [70000, 'unchecked'],
      [78000000, 'unchecked'],
    ]);
    expect(s?.facts[0]).toMatchObject({
      machineReading: MACHINE_READING,
      reason: 'The sentence names St Albans and 2018-19.',
    });
    expect(s?.rejected.map((f) => [f.value, f.reason])).toEqual([
      [60000, 'Not CCTV.'],
      [80000000, 'A misprint.'],
    ]);
    expect(s?.addedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Who added the article or decided a figure is never part of what a public page reads.
    expect(JSON.stringify(s)).not.toContain(EDITOR_EMAIL);
  });

  it('a source with no address, title or date is cited by its publisher', async () => {
    const s = await getSource(OBSERVER.slug, t.db);
    expect(s?.citation).toEqual(OBSERVER);
    expect(s?.facts).toEqual([]);
    expect(s?.rejected.map((f) => f.value)).toEqual([99000]);
  });

  it('the overview’s raw read agrees with findMany and shownFacts', async () => {
    await expectRawReadToAgree(t.db, 3);
  });
});
