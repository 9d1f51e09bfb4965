import { describe, expect, it } from 'vitest';
import { spendBudgetChart } from '../../../lib/charts/series';
import { fig } from '../../support/figures';

describe('spendBudgetChart', () => {
  it('makes one row a year with a key per council and kind, null where a figure is missing', () => {
    const model = spendBudgetChart([
      { name: 'A', spend: [fig(2015, 1), fig(2017, 3)], budget: [fig(2018, 4)] },
      { name: 'B', spend: [fig(2016, 2)] },
    ]);
    expect(model.series).toEqual([
      { key: 'spend_0', label: 'A: actual spend', kind: 'actual', tone: 0 },
      { key: 'budget_0', label: 'A: budget', kind: 'budget', tone: 0 },
      { key: 'spend_1', label: 'B: actual spend', kind: 'actual', tone: 1 },
    ]);
    expect(model.rows).toEqual([
      { year: '2015-16', spend_0: 1, budget_0: null, spend_1: null },
      { year: '2016-17', spend_0: null, budget_0: null, spend_1: 2 },
      { year: '2017-18', spend_0: 3, budget_0: null, spend_1: null },
      { year: '2018-19', spend_0: null, budget_0: 4, spend_1: null },
    ]);
  });

  it('is empty with no figures', () => {
    expect(spendBudgetChart([{ name: 'A', spend: [] }])).toEqual({ rows: [], series: [], unit: 'pounds' });
  });

  it('says when its values are pence per resident', () => {
    expect(spendBudgetChart([{ name: 'A', spend: [] }], 'pence').unit).toBe('pence');
  });
});
