import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../lib/extract';
import { toContract } from '../../../lib/extract/contract';

const file = 'seeds/000_306cc6ddef71cacb.txt';
const text = readFileSync(path.resolve(import.meta.dirname, '../../..', file), 'utf8');

// The seed article's 13 facts as the product's design lists them, in the published contract's
// terms: metric, scope, council, year, value, bound, threshold, the figure's text, the sentence's start.
const expected = [
  [
    'spend',
    'council',
    'Welwyn Hatfield',
    '2017-18',
    83000,
    'exact',
    null,
    '£83,000',
    'Government figures show the council spent £83,000',
  ],
  [
    'budget',
    'council',
    'Welwyn Hatfield',
    '2018-19',
    99000,
    'exact',
    null,
    '£99,000',
    'Government figures show the council spent £83,000',
  ],
  [
    'camera_sites',
    'council',
    'Welwyn Hatfield',
    '2018-19',
    30,
    'exact',
    null,
    '30',
    'The council owns a network of cameras at 30 sites',
  ],
  [
    'spend',
    'council',
    'Welwyn Hatfield',
    '2015-16',
    107000,
    'exact',
    null,
    '£107,000',
    'Welwyn Hatfield Council spent £107,000 in each',
  ],
  [
    'spend',
    'council',
    'Welwyn Hatfield',
    '2016-17',
    107000,
    'exact',
    null,
    '£107,000',
    'Welwyn Hatfield Council spent £107,000 in each',
  ],
  ['spend', 'england', null, '2017-18', 78000000, 'more_than', null, '£78 million', 'The Ministry of Housing'],
  [
    'councils_spending_more',
    'england',
    'Welwyn Hatfield',
    '2017-18',
    176,
    'exact',
    null,
    '176',
    'Welwyn Hatfield’s CCTV expenditure is relatively modest',
  ],
  [
    'councils_spending_over',
    'england',
    null,
    '2017-18',
    6,
    'exact',
    1000000,
    'six',
    'Welwyn Hatfield’s CCTV expenditure is relatively modest',
  ],
  [
    'spend',
    'council',
    'Hertsmere',
    '2017-18',
    117000,
    'exact',
    null,
    '£117,000',
    'Hertsmere council spent £117,000 on CCTV last year',
  ],
  [
    'budget',
    'council',
    'Hertsmere',
    '2018-19',
    104000,
    'exact',
    null,
    '£104,000',
    'Hertsmere council spent £117,000 on CCTV last year',
  ],
  [
    'cameras',
    'council',
    'Hertsmere',
    '2018-19',
    23,
    'exact',
    null,
    '23',
    'There are 23 cameras across Hertsmere borough',
  ],
  [
    'spend',
    'council',
    'Hertsmere',
    '2016-17',
    129000,
    'exact',
    null,
    '£129,000',
    'The council’s CCTV expenditure totalled £129,000',
  ],
  [
    'spend',
    'council',
    'Hertsmere',
    '2015-16',
    120000,
    'exact',
    null,
    '£120,000',
    'The council’s CCTV expenditure totalled £129,000',
  ],
] as const;

describe('the seed article', () => {
  const result = toContract(extractFacts(text, { file }));

  it('infers 2018-19 as the current year (2017-18 is "last year")', () => {
    expect(result.article).toEqual({
      file,
      sha256: 'ac24ba5701cdf1c2b1591c808d179dcb6b18cc5687107a38344b2d53980f590d',
      currentFinancialYear: '2018-19',
    });
  });

  it('gives exactly the 13 facts of the design, in text order', () => {
    expect(
      result.facts.map((f) => [f.metric, f.scope, f.council, f.financialYear, f.value, f.bound, f.threshold]),
    ).toEqual(expected.map((e) => e.slice(0, 7)));
  });

  it('points each fact at its own figure and quotes the whole sentence', () => {
    result.facts.forEach((f, i) => {
      const [, , , , , , , figure, sentenceStart] = expected[i]!;
      expect(text.slice(f.start, f.end)).toBe(figure);
      expect(f.quote.startsWith(sentenceStart)).toBe(true);
      expect(text.includes(f.quote)).toBe(true);
      expect(f.quote).toMatch(/[.”]$/);
    });
  });

  it('states no basis where the text gives none, and raises no warnings', () => {
    expect(result.facts.every((f) => f.basis === null)).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('uses the publication date over the text when one is given', () => {
    const dated = toContract(extractFacts(text, { published: '2019-05-02' }));
    expect(dated.article.currentFinancialYear).toBe('2019-20');
    expect(dated.facts.find((f) => f.value === 117000)?.financialYear).toBe('2018-19');
  });
});
