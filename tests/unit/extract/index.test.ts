import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../lib/extract';

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
