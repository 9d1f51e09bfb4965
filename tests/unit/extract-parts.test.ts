import { describe, expect, it } from 'vitest';
import { councils } from '../../lib/councils';
import { CouncilMatcher } from '../../lib/extract/councils';
import { findMoney, parseCount } from '../../lib/extract/numbers';
import { splitSentences } from '../../lib/extract/sentences';
import { findYearMentions, resolveYear } from '../../lib/extract/years';
import { extractFacts } from '../../lib/extract';

describe('money', () => {
  it.each([
    ['£83,000', 83000],
    ['£1.2m', 1200000],
    ['£3.1 million', 3100000],
    ['£250k', 250000],
    ['£7million', 7000000],
    ['£ 612,000', 612000],
    ['£540, 000', 540000],
    ['£1.5bn', 1500000000],
    ['£2,345,678', 2345678],
    ['£2.10', 2],
  ])('reads %s', (text, value) => {
    expect(findMoney(`spent ${text} on CCTV`)).toMatchObject([{ value, start: 6, end: 6 + text.length }]);
  });

  it('reads a bare "64 million" as money only where money can stand', () => {
    expect(findMoney('councils spent 64 million on CCTV')).toMatchObject([{ value: 64000000, bare: true }]);
    expect(findMoney('64 million people live in England')).toEqual([]);
    expect(findMoney('83,000 pounds')).toMatchObject([{ value: 83000 }]);
  });

  it('ignores years, phone numbers, percentages and plain counts', () => {
    expect(findMoney('In 2017-18, 8% of 1,200 cameras; call 01707 357000 aged 45')).toEqual([]);
  });

  it('does not read "£5 more" as five million', () => {
    expect(findMoney('£5 more')).toMatchObject([{ value: 5 }]);
  });
});

describe('counts', () => {
  it.each([
    ['six', 6],
    ['twenty-three', 23],
    ['1,340', 1340],
    ['a dozen', 12],
    ['Nine', 9],
  ])('reads %s', (text, n) => expect(parseCount(text)).toBe(n));
  it('rejects what is not a count', () => expect(parseCount('twenty-ten')).toBeNull());
});

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
});

describe('council names', () => {
  const matcher = new CouncilMatcher(councils);
  const names = (text: string, aliases = new Map()) =>
    matcher.find(text, 2018, aliases).map((m) => [m.text, m.council?.name ?? null]);

  it.each([
    ['Welwyn Hatfield Council said', 'Welwyn Hatfield Council', 'Welwyn Hatfield'],
    ['Welwyn Hatfield’s spending', 'Welwyn Hatfield', 'Welwyn Hatfield'],
    ['Hertsmere council spent', 'Hertsmere council', 'Hertsmere'],
    ['across Hertsmere borough', 'Hertsmere borough', 'Hertsmere'],
    ['Kent County Council spent', 'Kent County Council', 'Kent'],
    ['the London Borough of Camden', 'London Borough of Camden', 'Camden'],
    ['Royal Borough of Kensington & Chelsea', 'Royal Borough of Kensington & Chelsea', 'Kensington and Chelsea'],
    ['Mid Suffolk DC said', 'Mid Suffolk DC', 'Mid Suffolk'],
    ['St Albans City and District Council', 'St Albans City and District Council', 'St Albans'],
    ['Stockton-on-Tees Borough Council', 'Stockton-on-Tees Borough Council', 'Stockton-on-Tees'],
  ])('finds %s', (text, written, name) => expect(names(text)).toEqual([[written, name]]));

  it('does not take a bare county name, a town or a lower-case word for a council', () => {
    expect(names('Kent Police said the town of Hatfield was reading the figures')).toEqual([]);
  });

  it('learns abbreviations the article defines', () => {
    const aliases = new Map();
    expect(names('Mid Suffolk District Council (MSDC) said', aliases)).toEqual([
      ['Mid Suffolk District Council', 'Mid Suffolk'],
    ]);
    expect(names('MSDC spent more', aliases)).toEqual([['MSDC', 'Mid Suffolk']]);
  });

  it('notes councils missing from the list', () => {
    expect(names('The figures from Hatfield Town Council')).toEqual([['Hatfield Town Council', null]]);
  });

  it('picks the council that existed in the year: Bournemouth before and after 2019', () => {
    const at = (year: number) => matcher.find('Bournemouth spent', year, new Map())[0]?.council?.name;
    expect(at(2017)).toBe('Bournemouth');
    expect(at(2020)).toBe('Bournemouth, Christchurch and Poole');
  });
});

describe('sentences', () => {
  it('keeps offsets into the article and splits at paragraph breaks', () => {
    const text = 'Headline with no stop\n\nFirst sentence. Second one £1.2m.';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['Headline with no stop', 'First sentence.', 'Second one £1.2m.']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});

describe('extractFacts', () => {
  it('keeps figures in quotes attributed and warns when no council is known', () => {
    const r = extractFacts('The council spent £50,000 on CCTV in 2019-20.');
    expect(r.facts).toEqual([]);
    expect(r.warnings).toMatchObject([{ code: 'unresolved_council', start: 18, end: 25 }]);
  });

  it('never reads a change as a level', () => {
    const r = extractFacts(
      'Hertsmere cut its CCTV spending by £75,000 in 2019-20, and spending was up 8% with 12 more cameras.',
    );
    expect(r.facts).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['change_not_level', 'change_not_level']);
  });
});
