import { describe, expect, it } from 'vitest';
import { knownShares, sumFigures } from '../../../lib/domain/england';
import { fig } from '../../support/figures';

describe('sumFigures', () => {
  it('adds up a metric whose values are one quantity, exact only when every part is', () => {
    expect(sumFigures('spend', [fig(2017, 1), fig(2017, 2)])).toEqual({ value: 3, bound: 'exact' });
    expect(sumFigures('cameras', [fig(2017, 1), fig(2017, 2, 'more_than')])).toEqual({ value: 3, bound: 'about' });
  });

  it('refuses to add counts of councils', () => {
    expect(() => sumFigures('councils_spending_more', [fig(2017, 1)])).toThrow(/cannot be added/);
  });
});

describe('knownShares', () => {
  const wh = { council: { slug: 'wh', name: 'Welwyn Hatfield' }, spend: [fig(2016, 107000), fig(2017, 83000)] };
  const h = { council: { slug: 'h', name: 'Hertsmere' }, spend: [fig(2017, 117000)] };

  it('gives each council’s share of the year’s total, and theirs together when there are two or more', () => {
    const [y2017] = knownShares([fig(2017, 78000000, 'more_than')], [h, wh]);
    expect(y2017?.councils.map((c) => [c.council.slug, c.share?.bound])).toEqual([
      ['h', 'less_than'],
      ['wh', 'less_than'],
    ]);
    expect(y2017?.combined).toEqual({ value: 200000, share: { value: 200000 / 78000000, bound: 'less_than' } });
  });

  it('has no combined row for one council, and no councils for a year none of them has', () => {
    const [y2016, y2015] = knownShares([fig(2016, 1000000), fig(2015, 1000000)], [h, wh]);
    expect(y2016?.councils.map((c) => c.council.slug)).toEqual(['wh']);
    expect(y2016?.combined).toBeNull();
    expect(y2015?.councils).toEqual([]);
  });
});
