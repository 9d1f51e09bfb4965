import { describe, expect, it } from 'vitest';
import { seriesOf, type FactRow } from '../../lib/queries/summarise';

const fact = (over: Partial<FactRow>): FactRow => ({
  id: 1,
  metric: 'spend',
  basis: null,
  threshold: null,
  financialYear: 2017,
  value: 1,
  bound: 'exact',
  articleSlug: 'a',
  articleFile: 'a.txt',
  quote: 'q',
  start: 0,
  end: 1,
  ...over,
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
    expect(seriesOf(rows, 'spend').map((f) => [f.year, f.value])).toEqual([
      [2016, 9],
      [2018, 3],
    ]);
    expect(seriesOf(rows, 'budget').map((f) => [f.year, f.value])).toEqual([[2017, 7]]);
  });
});

describe('conflicting sources', () => {
  it('keeps the first source’s value and lists each different one, once', () => {
    const rows = [
      fact({ id: 1, value: 83000, articleFile: 'a.txt' }),
      fact({ id: 2, value: 83000, articleFile: 'b.txt' }),
      fact({ id: 3, value: 90000, articleFile: 'c.txt' }),
      fact({ id: 4, value: 90000, articleFile: 'd.txt' }),
      fact({ id: 5, value: 83000, bound: 'more_than', articleFile: 'e.txt' }),
      fact({ id: 6, value: 1, basis: 'gross', articleFile: 'f.txt' }),
    ];
    const [figure] = seriesOf(rows, 'spend');
    expect(figure?.value).toBe(83000);
    expect(figure?.conflicts.map((c) => [c.value, c.bound, c.source.articleFile])).toEqual([
      [90000, 'exact', 'c.txt'],
      [83000, 'more_than', 'e.txt'],
    ]);
  });
});
