import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractFacts } from '../../../lib/extract';
import { toContract } from '../../../lib/extract/contract';

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

const articles = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('fixture articles', () => {
  it('has at least 15 of them', () => {
    expect(articles.length).toBeGreaterThanOrEqual(15);
  });

  for (const file of articles) {
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
