import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../lib/extract';
import { contractSchema, toContract } from '../../../lib/extract/contract';

const SEED = 'seeds/000_306cc6ddef71cacb.txt';

describe('the published JSON contract', () => {
  const text = readFileSync(SEED, 'utf8');
  const contract = toContract(extractFacts(text, { file: SEED }));

  it('writes years as "2017-18" and councils by common name, in the documented key order', () => {
    expect(contract.article).toEqual({
      file: SEED,
      sha256: 'ac24ba5701cdf1c2b1591c808d179dcb6b18cc5687107a38344b2d53980f590d',
      currentFinancialYear: '2018-19',
    });
    expect(Object.keys(contract)).toEqual(['article', 'facts', 'warnings']);
    expect(contract.facts[0]).toEqual({
      metric: 'spend',
      scope: 'council',
      council: 'Welwyn Hatfield',
      financialYear: '2017-18',
      value: 83000,
      bound: 'exact',
      basis: null,
      threshold: null,
      quote: expect.stringMatching(/^Government figures show the council spent £83,000/),
      start: 156,
      end: 163,
      evidence: {
        rules: [
          'figure.money',
          'metric.word-just-before',
          'council.reference-to-last-named',
          'year.after-in-clause.explicit',
        ],
        council: { text: 'the council', start: expect.any(Number), end: expect.any(Number) },
        year: { text: expect.stringContaining('2017-18'), start: expect.any(Number), end: expect.any(Number) },
      },
    });
    const { council, year } = contract.facts[0]!.evidence;
    expect(text.slice(council!.start, council!.end)).toBe('the council');
    expect(text.slice(year!.start, year!.end)).toBe(year!.text);
    expect(Object.keys(contract.facts[0] ?? {})).toEqual([
      'metric',
      'scope',
      'council',
      'financialYear',
      'value',
      'bound',
      'basis',
      'threshold',
      'quote',
      'start',
      'end',
      'evidence',
    ]);
  });

  it('is valid against its schema', () => {
    expect(contractSchema.parse(contract)).toEqual(contract);
  });

  const fact = contract.facts[0]!;
  it.each([
    ['a year that is not one financial year', { financialYear: '2017-19' }],
    ['a council-scope fact with no council', { council: null }],
    ['an England fact that names a council', { scope: 'england' }],
    ['a threshold on spend', { threshold: 5 }],
    ['a count of councils as a council’s figure', { metric: 'councils_spending_over', threshold: 1000 }],
    ['offsets that run backwards', { start: 10, end: 5 }],
    ['a metric not in the registry', { metric: 'staff' }],
  ])('refuses %s', (_, change) => {
    const bad = { ...contract, facts: [{ ...fact, ...change }] };
    expect(contractSchema.safeParse(bad).success).toBe(false);
  });
  it.each([
    ['offsets that run backwards', { start: 10, end: 5 }, 'end must follow start'],
    ['a figure with no text between its offsets', { start: 156, end: 156 }, 'end must follow start'],
    [
      'a council-scope fact with no council',
      { council: null },
      'a council-scope fact names its council; an England fact names none',
    ],
    ['a threshold on spend', { threshold: 5 }, 'only a metric with a threshold has one (spend)'],
    [
      'a count of councils as a council’s figure',
      { metric: 'councils_spending_over', threshold: 1000 },
      'councils_spending_over is never a council figure',
    ],
  ])('says why it refuses %s', (_, change, message) => {
    const result = contractSchema.safeParse({ ...contract, facts: [{ ...fact, ...change }] });
    expect(result.error?.issues.map((i) => [i.code, i.message, i.path])).toEqual([['custom', message, ['facts', 0]]]);
  });
});
