import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractFacts } from '../../../lib/extract';
import { toContract } from '../../../lib/extract/contract';
import { loadFixtures } from '../../../lib/evaluation/corpus';
import { scoreCorpus } from '../../../lib/evaluation/run';
import { totals } from '../../../lib/evaluation/score';

const dir = path.resolve(import.meta.dirname, '../../fixtures');

/** A fact as a row: metric, scope, council, year, value, bound, basis, threshold, figure text. */
const row = z.tuple([
  z.string(),
  z.string(),
  z.string().nullable(),
  z.string(),
  z.number(),
  z.string(),
  z.string().nullable(),
  z.number().nullable(),
  z.string(),
]);
const expectedSchema = z.object({
  published: z.iso.date().nullable(),
  currentFinancialYear: z.string().nullable(),
  facts: z.array(row),
  warnings: z.array(z.tuple([z.string(), z.string()])),
});

/**
 * The fixtures the parser still gets wrong, and why. 84-99 were written by someone who had not
 * seen the parser, as a blind test; these are what it still misses there.
 */
const KNOWN_ERRORS: Record<string, { missed: string[]; wrong: string[] }> = {
  // "that year" after "a fall of around 21 per cent on the £612,000 the authority spent in
  // 2010-11" refers back to 2017-18, but the parser takes the year last named.
  '79-north-tyneside-cctv-bill.txt': {
    missed: ['councils_spending_more North Tyneside 2017-18 61', 'councils_spending_over England 2017-18 9'],
    wrong: ['councils_spending_more North Tyneside 2010-11 61', 'councils_spending_over England 2010-11 9'],
  },
  // "the old Bournemouth Borough Council ran 190 cameras" before the 2019 merger: read as BCP's.
  '88-bcp-seafront-cameras.txt': { missed: [], wrong: ['cameras Bournemouth, Christchurch and Poole 2021-22 190'] },
  // "Fourteen spent more than £1 million each" opens its own sentence, and two figures with no
  // year of their own whose year only the story gives.
  '92-harrogate-cctv-league.txt': {
    missed: [
      'councils_spending_over England 2017-18 14',
      'spend Scarborough 2017-18 412000',
      'spend Craven 2017-18 9000',
    ],
    wrong: [],
  },
  // "Across England, councils spent £78.2 million." has no year; the sentence before has "that year".
  '93-west-midlands-cctv-table.txt': { missed: ['spend England 2017-18 78200000'], wrong: [] },
  // "Rother District Council, which pays Hastings to monitor its 18 cameras": "its" is Rother's.
  '99-hastings-cameras-and-sites.txt': { missed: [], wrong: ['cameras Hastings 2013-14 18'] },
  // 100-111 are a second blind batch. "giving the county 269 council-owned cameras in all" after a
  // list of three councils: "the county" is read as the last council named.
  '100-luton-bedford-cameras.txt': { missed: [], wrong: ['cameras Central Bedfordshire 2022-23 269'] },
  // "The City of Westminster ... spent £1, 250,000": no year in the sentence ("last year" is in the one before).
  '104-national-roundup-80m.txt': { missed: ['spend Westminster 2016-17 1250000'], wrong: [] },
  // "brackets and signage at up to 30 agreed locations" in a CCTV story is read as 30 camera sites.
  '107-cannock-chase-redeployable.txt': { missed: [], wrong: ['camera_sites Cannock Chase 2021-22 30'] },
};

const articles = readdirSync(dir).filter((f) => f.endsWith('.txt'));
/** The older fixtures also pin the parser's whole output (bounds, basis, offsets, warnings). */
const snapshots = articles.filter((f) => existsSync(path.join(dir, f.replace(/\.txt$/, '.expected.json'))));

describe('fixture articles', () => {
  it('are at least 60, each labelled, at least 15 of them with no fact to find', () => {
    expect(articles.length).toBeGreaterThanOrEqual(60);
    const corpus = loadFixtures(dir);
    expect(corpus.articles.map((a) => a.file).sort()).toEqual([...articles].sort());
    expect(corpus.articles.filter((a) => a.facts.length === 0).length).toBeGreaterThanOrEqual(15);
  });

  it('are read with recall at least 0.95 and precision at least 0.97 (npm run eval:parser)', async () => {
    const scored = await scoreCorpus(loadFixtures(dir));
    const t = totals(scored);
    const lost = scored.flatMap((a) => [
      ...a.misses.map((l) => `${a.file}: missed ${JSON.stringify(l)}`),
      ...a.falsePositives.map(
        (f) => `${a.file}: wrong ${f.metric} ${f.council ?? 'England'} ${f.financialYear} ${f.value}`,
      ),
    ]);
    expect({ recall: t.recall >= 0.95, precision: t.precision >= 0.97, lost }).toEqual({
      recall: true,
      precision: true,
      lost: expect.any(Array),
    });
  });

  // Each article on its own: every labelled fact found and nothing outside the labels. A change
  // that costs one fact in one article fails here even when the totals above still pass.
  describe('each article read as labelled', async () => {
    const scored = await scoreCorpus(loadFixtures(dir));
    const describeFact = (f: { metric: string; council: string | null; financialYear: string; value: number }) =>
      `${f.metric} ${f.council ?? 'England'} ${f.financialYear} ${f.value}`;
    for (const a of scored) {
      it(a.file, () => {
        expect({
          missed: a.misses.map(
            (l) => `${String(l.metric)} ${String(l.council ?? 'England')} ${String(l.year)} ${l.value}`,
          ),
          wrong: a.falsePositives.map(describeFact),
        }).toEqual(KNOWN_ERRORS[a.file] ?? { missed: [], wrong: [] });
      });
    }
  });

  for (const file of snapshots) {
    it(file, () => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const expected = expectedSchema.parse(
        JSON.parse(readFileSync(path.join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8')),
      );
      const result = toContract(extractFacts(text, expected.published ? { published: expected.published } : {}));

      expect(result.article.currentFinancialYear).toBe(expected.currentFinancialYear);
      const got = result.facts.map((f) => [
        f.metric,
        f.scope,
        f.council,
        f.financialYear,
        f.value,
        f.bound,
        f.basis,
        f.threshold,
        text.slice(f.start, f.end),
      ]);
      expect(got).toEqual(expected.facts);
      for (const f of result.facts) expect(text).toContain(f.quote);

      // A fixture that expects no warnings gets none; otherwise it names the ones that matter.
      const warned = result.warnings.map((w) => [w.code, text.slice(w.start, w.end)]);
      if (expected.warnings.length === 0) expect(warned).toEqual([]);
      for (const w of expected.warnings) expect(warned).toContainEqual(w);
    });
  }
});
