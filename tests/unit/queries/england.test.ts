import { describe, expect, it } from 'vitest';
import { getEngland } from '../../../lib/queries/england';
import { ingestSeed, SEED_PUBLISHER, storeWith } from './stores';

const t = storeWith(ingestSeed);

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
    expect(e.totals[0]?.source.citation.publisher).toBe(SEED_PUBLISHER);
    expect(e.counts.map((c) => c.figure.source.citation.publisher)).toEqual([SEED_PUBLISHER, SEED_PUBLISHER]);
  });

  it('says for each year with a total how many of that year’s English councils the figures cover', async () => {
    const e = await getEngland(t.db);
    expect(e.coverage).toEqual([
      expect.objectContaining({ year: 2017, known: 2, of: 353, together: { value: 200000, bound: 'exact' } }),
    ]);
    expect(e.coverage[0]?.share).toEqual({ value: 200000 / 78000000, bound: 'less_than' });
  });
});
