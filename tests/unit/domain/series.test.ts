import { describe, expect, it } from 'vitest';
import type { Citation, FactRef } from '../../../lib/domain/figure';
import { councilSeries, seriesOf, summariseCouncil, toFigure } from '../../../lib/domain/series';
import { factRow as fact } from '../../support/figures';

const cite = (publisher: string): Citation => ({
  slug: publisher.toLowerCase(),
  publisher,
  url: null,
  title: null,
  publishedOn: null,
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

  it('keeps the first source’s value and lists each different one, once', () => {
    const rows = [
      fact({ id: 1, value: 83000, citation: cite('A') }),
      fact({ id: 2, value: 83000, citation: cite('B') }),
      fact({ id: 3, value: 90000, citation: cite('C') }),
      fact({ id: 4, value: 90000, citation: cite('D') }),
      fact({ id: 5, value: 83000, bound: 'more_than', citation: cite('E') }),
      fact({ id: 6, value: 1, basis: 'gross', citation: cite('F') }),
    ];
    const [figure] = seriesOf(rows, 'spend');
    expect(figure?.value).toBe(83000);
    expect(figure?.source.citation.publisher).toBe('A');
    expect(figure?.conflicts.map((c) => [c.value, c.bound, c.source.citation.publisher])).toEqual([
      [90000, 'exact', 'C'],
      [83000, 'more_than', 'E'],
    ]);
  });
});

describe('sources', () => {
  it('carry the citation and review status, and the sentence when the row was read with one, and only then', () => {
    const citation: Citation = {
      slug: 'cctv-costs-rise-aaaa1111',
      publisher: 'Herts Advertiser',
      url: 'https://www.hertsad.co.uk/news/cctv-costs-rise-1',
      title: 'CCTV costs rise',
      publishedOn: '2019-05-02',
    };
    expect(toFigure(fact({ id: 9, quote: 'The council spent £1.', citation, status: 'corrected' })).source).toEqual({
      factId: 9,
      citation,
      status: 'corrected',
      quote: 'The council spent £1.',
      start: 0,
      end: 1,
    });
    const { quote: _, ...ref } = fact({ id: 9, citation, status: 'unchecked' });
    expect(toFigure(ref satisfies FactRef).source).not.toHaveProperty('quote');
  });
});

describe('a council’s figures', () => {
  const rows = [
    fact({ id: 1, financialYear: 2016, value: 107000 }),
    fact({ id: 2, financialYear: 2017, value: 83000 }),
    fact({ id: 3, financialYear: 2018, metric: 'budget', value: 99000 }),
    fact({ id: 4, financialYear: 2018, metric: 'camera_sites', value: 30 }),
    fact({ id: 5, financialYear: 2017, metric: 'income', value: 5000 }),
  ];

  it('has a series per council metric', () => {
    const series = councilSeries(rows);
    expect(Object.keys(series)).toEqual(['spend', 'budget', 'income', 'cameras', 'camera_sites']);
    expect(series.spend.map((f) => f.value)).toEqual([107000, 83000]);
    expect(series.income.map((f) => f.value)).toEqual([5000]);
    expect(series.cameras).toEqual([]);
  });

  it('sums up to the overview’s row: latest spend, the year before, latest budget, cameras else sites', () => {
    const summary = summariseCouncil({ slug: 'x', name: 'X', officialName: 'X Council', region: 'R' }, rows);
    expect(summary.latestSpend?.value).toBe(83000);
    expect(summary.previousSpend?.value).toBe(107000);
    expect(summary.latestBudget?.value).toBe(99000);
    expect(summary.cameras).toMatchObject({ unit: 'camera_sites', value: 30 });
    const withCameras = summariseCouncil({ slug: 'x', name: 'X', officialName: '', region: '' }, [
      ...rows,
      fact({ id: 6, metric: 'cameras', financialYear: 2015, value: 12 }),
    ]);
    expect(withCameras.cameras).toMatchObject({ unit: 'cameras', value: 12 });
  });

  it('keeps the latest camera count and the latest camera-site count apart, for rankings by one unit', () => {
    const summary = summariseCouncil({ slug: 'x', name: 'X', officialName: '', region: '' }, [
      ...rows,
      fact({ id: 6, metric: 'cameras', financialYear: 2015, value: 12 }),
      fact({ id: 7, metric: 'cameras', financialYear: 2016, value: 14 }),
    ]);
    expect(summary.latestCameras).toMatchObject({ year: 2016, value: 14 });
    expect(summary.latestCameraSites).toMatchObject({ value: 30 });
    const sitesOnly = summariseCouncil({ slug: 'x', name: 'X', officialName: '', region: '' }, rows);
    expect(sitesOnly.latestCameras).toBeNull();
  });

  it('has no previous spend when the year before is missing', () => {
    const gap = [fact({ financialYear: 2014, value: 1 }), fact({ id: 2, financialYear: 2017, value: 2 })];
    expect(summariseCouncil({ slug: 'x', name: 'X', officialName: '', region: '' }, gap).previousSpend).toBeNull();
  });
});
