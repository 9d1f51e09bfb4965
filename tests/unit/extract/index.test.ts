import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../lib/extract';

describe('extractFacts', () => {
  it('warns, with the figure’s offsets, when no council goes with a figure', () => {
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

describe('the parser’s result', () => {
  it('carries years as numbers and councils by GSS code, for ingest to use as they are', () => {
    const r = extractFacts('Hertsmere council spent £117,000 on CCTV in 2017-18.', { file: 'x.txt' });
    expect(r.article).toMatchObject({ file: 'x.txt', currentFinancialYear: 2018 });
    expect(r.facts).toMatchObject([
      { metric: 'spend', council: { gssCode: 'E07000098', name: 'Hertsmere' }, financialYear: 2017, value: 117000 },
    ]);
  });

  it('takes the current year from the publication date when there is one', () => {
    const r = extractFacts('Hertsmere council spent £117,000 on CCTV last year.', { published: '2021-03-31' });
    expect(r.article.currentFinancialYear).toBe(2020);
    expect(r.facts[0]?.financialYear).toBe(2019);
  });
});

describe('councils that share a name', () => {
  const gss = (text: string, published: string) =>
    extractFacts(text, { published }).facts.map((f) => f.council?.gssCode);

  it('give each figure the council of its own year, not the article’s', () => {
    // Somerset County Council (E10000027) until 31 March 2023; the unitary Somerset Council (E06000066) after.
    const text = 'Somerset County Council spent £120,000 on CCTV in 2021-22.';
    expect(gss(text, '2024-06-01')).toEqual(['E10000027']);
    expect(gss('Somerset Council spent £90,000 on CCTV in 2023-24.', '2024-06-01')).toEqual(['E06000066']);
    expect(
      gss('North Yorkshire County Council spent £80,000 on CCTV in 2022-23 and £85,000 in 2023-24.', '2024-06-01'),
    ).toEqual(['E10000023', 'E06000065']);
  });
});

describe('years beyond the product’s', () => {
  it('are warnings, never an error', () => {
    const early = extractFacts(
      'Hertsmere spent £1,000 on CCTV in each of the previous two financial years before 1900-01.',
    );
    expect(early.facts).toEqual([]);
    expect(early.warnings.map((w) => [w.code, w.message])).toEqual([
      ['unresolved_year', '1898-99 is outside the years this product covers'],
      ['unresolved_year', '1899-00 is outside the years this product covers'],
    ]);
    const late = extractFacts('Hertsmere has 87 CCTV cameras.', { published: '2101-05-01' });
    expect(late.facts).toEqual([]);
    expect(late.warnings.map((w) => w.code)).toEqual(['unresolved_year']);
  });
});
