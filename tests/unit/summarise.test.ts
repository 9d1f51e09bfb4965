import { describe, expect, it } from 'vitest';
import { seriesOf, type FactRow } from '../../lib/queries/summarise';

const fact = (over: Partial<FactRow>): FactRow => ({
  id: 1, metric: 'spend', basis: null, threshold: null, financialYear: 2017, value: 1, bound: 'exact',
  articleSlug: 'a', articleFile: 'a.txt', quote: 'q', start: 0, end: 1, ...over,
});

describe('seriesOf', () => {
  it('keeps one figure a year, oldest first, preferring net to unstated to gross', () => {
    const rows = [
      fact({ financialYear: 2018, value: 5, basis: 'gross' }),
      fact({ financialYear: 2018, value: 4 }),
      fact({ financialYear: 2018, value: 3, basis: 'net' }),
      fact({ financialYear: 2016, value: 9, basis: 'gross' }),
      fact({ financialYear: 2017, metric: 'budget', value: 7 }),
    ];
    expect(seriesOf(rows, 'spend').map((f) => [f.year, f.value])).toEqual([[2016, 9], [2018, 3]]);
    expect(seriesOf(rows, 'budget').map((f) => [f.year, f.value])).toEqual([[2017, 7]]);
  });
});
