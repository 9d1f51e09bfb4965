import { describe, expect, it } from 'vitest';
import type { ContractFact } from '../../../lib/extract/contract';
import type { LabelledArticle } from '../../../lib/evaluation/gold';
import { byMetric, matches, scoreArticle, totals } from '../../../lib/evaluation/score';

const fact = (over: Partial<ContractFact>): ContractFact => ({
  metric: 'spend',
  scope: 'council',
  council: 'Wigan',
  financialYear: '2017-18',
  value: 83000,
  bound: 'exact',
  basis: null,
  threshold: null,
  quote: 'q',
  start: 0,
  end: 1,
  evidence: { rules: ['x'], council: null, year: null },
  ...over,
});

describe('scoring the parser against labels (the development set format)', () => {
  it('matches on metric, council (null = England), year (null = any) and whole pounds, each possibly a list', () => {
    const label = { metric: ['budget', 'spend'], council: ['Wigan', 'Bolton'], year: null, value: 83000.9 };
    expect(matches(fact({}), label)).toBe(true);
    expect(matches(fact({ metric: 'income' }), label)).toBe(false);
    expect(matches(fact({ council: 'Bury' }), label)).toBe(false);
    expect(matches(fact({ value: 83001 }), label)).toBe(false);
    expect(matches(fact({ financialYear: '2016-17' }), { ...label, year: '2017-18' })).toBe(false);
    expect(matches(fact({ scope: 'england', council: null }), { ...label, council: null })).toBe(true);
    expect(matches(fact({}), { ...label, council: null })).toBe(false);
    expect(matches(fact({ scope: 'england', council: null }), label)).toBe(false);
  });

  it('counts each label found once; optional and repeated findings are neither right nor wrong', () => {
    const labels: LabelledArticle = {
      file: 'a.txt',
      published: null,
      facts: [{ metric: 'spend', council: 'Wigan', year: '2017-18', value: 83000 }],
      optional: [{ metric: 'cameras', council: 'Wigan', year: null, value: 40 }],
    };
    const s = scoreArticle(labels, [
      fact({}),
      fact({}),
      fact({ metric: 'cameras', value: 40, financialYear: '2018-19' }),
      fact({ council: 'Bolton' }),
    ]);
    expect(s.verdicts.map((v) => v.verdict)).toEqual(['correct', 'duplicate', 'optional', 'wrong']);
    expect([s.required, s.found, s.wrong, s.accepted]).toEqual([1, 1, 1, 2]);
    expect(s.misses).toEqual([]);
    const t = totals([s, scoreArticle({ ...labels, file: 'b.txt' }, [])]);
    expect([t.recall, t.precision]).toEqual([0.5, 0.5]);
    expect(byMetric([s]).get('spend')).toMatchObject({ required: 1, found: 1, wrong: 1 });
    expect(totals([])).toMatchObject({ recall: 1, precision: 1 });
  });
});
