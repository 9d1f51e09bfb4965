import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../lib/extract';
import { contractSchema, toContract } from '../../../lib/extract/contract';

// Pieces articles are made of, so random text often contains figures, years and names.
const pieces = fc.constantFrom(
  'Welwyn Hatfield Council',
  'Hertsmere',
  'Kent County Council',
  'the council',
  'Cardiff Council',
  'MSDC',
  '(MSDC)',
  'Mid Suffolk District Council',
  'councils in England',
  'Across England,',
  'spent',
  'will invest',
  'its budget',
  'brought in',
  'in income',
  'net',
  'gross',
  '£83,000',
  '£1.2m',
  '£3.1 million',
  '£250k',
  '£7million',
  '£ 612,000',
  '£540, 000',
  '64 million',
  'more than',
  'nearly',
  'about',
  'by',
  'an extra',
  '87 active cameras',
  '30 sites',
  '95 devices',
  'six councils',
  '176 local authorities',
  'spending more',
  'in 2017-18',
  '2019/2020',
  'last year',
  'this year',
  'That year',
  'the previous two financial years before 2017-18',
  'the previous two financial years before 1900-01',
  'Somerset County Council',
  'North Yorkshire',
  'in each of',
  'between April 2008 and March 2012',
  'over five years',
  'on CCTV',
  'on road resurfacing',
  'per resident',
  '8%',
  'aged 45',
  '01707 357000',
  '.',
  ',',
  ';',
  ' - ',
  '\n\n',
  '“',
  '”',
  '’s',
);
const articleLike = fc
  .array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 120 })
  .map((xs) => xs.join(' '));

/** The span [start, end) lies inside one occurrence of `quote` in the text: the sentence it was read from. */
function expectInsideQuote(text: string, item: { start: number; end: number; quote: string }) {
  const at = text.lastIndexOf(item.quote, item.start);
  expect(at, `"${item.quote.slice(0, 60)}" before offset ${item.start}`).toBeGreaterThanOrEqual(0);
  expect(item.end).toBeLessThanOrEqual(at + item.quote.length);
}

function checkInvariants(text: string) {
  const result = extractFacts(text);
  // The parser checks its own result; the published form is written afterwards and checked here.
  const contract = toContract(result);
  const valid = contractSchema.safeParse(contract);
  expect(valid.error?.issues ?? []).toEqual([]);
  for (const f of result.facts) {
    expect(text.slice(f.start, f.end)).toMatch(
      /\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|teen|ty/i,
    );
    expectInsideQuote(text, f);
  }
  for (const w of result.warnings) expectInsideQuote(text, w);
}

describe('the parser, on any input', () => {
  it('never throws, returns schema-valid output, and points every fact at its figure (article-like text)', () => {
    fc.assert(fc.property(articleLike, checkInvariants), { numRuns: 400 });
  });

  it('does the same for arbitrary strings up to 100 KB', () => {
    fc.assert(fc.property(fc.string({ maxLength: 100_000, unit: 'binary' }), checkInvariants), { numRuns: 30 });
  });

  it('does the same for a 100 KB article made of real sentences', () => {
    const seedish =
      'Hertsmere council spent £117,000 on CCTV last year and its current budget has been reduced to £104,000. ';
    checkInvariants(seedish.repeat(Math.floor(100_000 / seedish.length)));
  });
});
