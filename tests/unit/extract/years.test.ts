import { describe, expect, it } from 'vitest';
import { findYearMentions, resolveYear } from '../../../lib/extract/years';

describe('years', () => {
  const years = (text: string, current: number | null = 2018) => {
    const ctx = { current, lastNamed: null };
    return findYearMentions(text).map((m) => resolveYear(m.ref, ctx));
  };

  it.each([
    ['in 2017-18', 2017],
    ['in 2017–18', 2017],
    ['in 2017/18', 2017],
    ['in 2019/2020', 2019],
    ['the financial year 2019/20', 2019],
    ['the year ending 31 March 2019', 2018],
    ['last year', 2017],
    ['the last financial year', 2017],
    ['this year', 2018],
    ['the current financial year', 2018],
    ['next year', 2019],
  ])('resolves "%s"', (text, year) => expect(years(text)).toEqual([[year]]));

  it('reads "in each of" and "in both" two years as both, and "that year" as the later', () => {
    expect(years('in each of 2016-17 and 2017-18; that year')).toEqual([[2016, 2017], [2017]]);
    expect(years('in both 2015/16 and 2017/18')).toEqual([[2015, 2017]]);
    expect(years('in 2016-17 and 2017-18')).toEqual([[2016], [2017]]);
  });

  it('does not take 2017-19 or 2017/20 for one financial year', () => {
    expect(years('from 2017-19 and 2017/20')).toEqual([]);
  });

  it('reads "that year" and "the year before" against the year last named', () => {
    expect(years('In 2015-16 it rose; that year it fell; the year before it rose')).toEqual([[2015], [2015], [2014]]);
  });

  it('expands "each of the previous two financial years before 2017-18"', () => {
    expect(years('in each of the previous two financial years before 2017-18')).toEqual([[2015, 2016]]);
  });

  it('treats totals over several years and calendar years as no single year', () => {
    expect(years('over the previous two financial years')).toEqual([null]);
    expect(years('between April 2008 and March 2012')).toEqual([null]);
    expect(years('over five years')).toEqual([null]);
    expect(years('since 2010')).toEqual([null]);
    expect(years('in 2019')).toEqual([null]);
  });

  it('cannot resolve "last year" without a current year', () => {
    expect(years('last year', null)).toEqual([[]]);
  });

  it('cannot resolve "the year before" or "each of the past two years" with no year to count from', () => {
    expect(years('The year before, the council spent nothing on cameras.', null)).toEqual([[]]);
    expect(years('It spent £40,000 in each of the past two years.', null)).toEqual([[]]);
  });

  it('takes "that year" after a range counted back from 2017-18 as 2017-18', () => {
    expect(
      years('Bolton spent £50,000 in each of the previous two financial years before 2017-18, and £60,000 that year.'),
    ).toEqual([[2015, 2016], [2017]]);
  });

  it('keeps the year last named when a range is counted back from it', () => {
    expect(
      years(
        'In 2017-18 Bolton spent £60,000, after £50,000 in each of the previous two years. The same year it added 12 cameras.',
      ),
    ).toEqual([[2017], [2015, 2016], [2017]]);
  });

  it('reads up to twenty past years as a range, and a longer stretch as a span', () => {
    const refs = (text: string) => findYearMentions(text).map((m) => [text.slice(m.start, m.end), m.ref]);
    expect(refs('Bolton has spent £4m on CCTV over the past 20 years.')).toEqual([
      ['the past 20 years', { kind: 'range', count: 20, anchor: null, each: false }],
    ]);
    expect(refs('Bolton has spent £5m on CCTV over the past 25 years.')).toEqual([
      ['over the past 25 years', { kind: 'span' }],
    ]);
  });
});
