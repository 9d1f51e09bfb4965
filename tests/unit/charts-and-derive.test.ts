import { describe, expect, it } from 'vitest';
import { spendBudgetChart } from '../../lib/charts/series';
import { compareRows, difference, perUnitCost, ratio, sharesOf } from '../../lib/queries/derive';
import type { YearFigure } from '../../lib/queries/summarise';
import { parseCompareQuery } from '../../lib/validation/params';

let id = 0;
const fig = (year: number, value: number, bound: YearFigure['bound'] = 'exact'): YearFigure => ({
  year,
  value,
  bound,
  source: { factId: ++id, articleSlug: 'a', articleFile: 'a.txt', quote: 'q', start: 0, end: 1 },
  conflicts: [],
});

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
    expect(spendBudgetChart([{ name: 'A', spend: [] }])).toEqual({ rows: [], series: [] });
  });
});

describe('derived figures', () => {
  it('bounds a share honestly: part of "more than £78m" is "less than" the ratio', () => {
    expect(ratio(fig(2017, 83000), fig(2017, 78000000, 'more_than'))).toEqual({
      value: 83000 / 78000000,
      bound: 'less_than',
    });
    expect(ratio(fig(2017, 10, 'more_than'), fig(2017, 100))).toMatchObject({ bound: 'more_than' });
    expect(ratio(fig(2017, 10, 'more_than'), fig(2017, 100, 'more_than'))).toMatchObject({ bound: 'about' });
    expect(ratio(fig(2017, 10), fig(2017, 0))).toBeNull();
  });

  it('costs the latest spend per camera, else per site, naming the unit', () => {
    const spend = [fig(2016, 107000), fig(2017, 83000)];
    expect(perUnitCost(spend, [], [fig(2018, 30)])).toMatchObject({
      unit: 'camera_sites',
      cost: { value: 83000 / 30 },
    });
    expect(perUnitCost(spend, [fig(2018, 20)], [fig(2018, 30)])).toMatchObject({
      unit: 'cameras',
      cost: { value: 4150 },
    });
    expect(perUnitCost([], [fig(2018, 20)], [])).toBeNull();
  });

  it('pairs council spend with England totals by year', () => {
    const shares = sharesOf([fig(2016, 1), fig(2017, 2)], [fig(2017, 100)]);
    expect(shares.map((s) => [s.year, s.share.value])).toEqual([[2017, 0.02]]);
  });

  it('takes differences as b minus a, and marks bounded ones inexact', () => {
    expect(difference(fig(2016, 107000), fig(2016, 129000))).toEqual({
      amount: 22000,
      relative: 22000 / 107000,
      exact: true,
    });
    expect(difference(fig(2016, 0), fig(2016, 5, 'about'))).toEqual({ amount: 5, relative: null, exact: false });
  });

  it('lines up two councils year by year', () => {
    const rows = compareRows(
      { spend: [fig(2016, 107000)], budget: [fig(2018, 99000)] },
      { spend: [fig(2016, 129000), fig(2015, 120000)], budget: [] },
    );
    expect(
      rows.map((r) => [
        r.year,
        r.a.spend?.value ?? null,
        r.b.spend?.value ?? null,
        r.spendDifference?.amount ?? null,
        r.a.budget?.value ?? null,
      ]),
    ).toEqual([
      [2015, null, 120000, null, null],
      [2016, 107000, 129000, 22000, null],
      [2018, null, null, null, 99000],
    ]);
  });
});

describe('parseCompareQuery', () => {
  it.each([
    [{}, { kind: 'empty' }],
    [{ a: 'hertsmere' }, { kind: 'incomplete', a: 'hertsmere', b: null }],
    [
      { a: 'hertsmere', b: 'hertsmere' },
      { kind: 'same', slug: 'hertsmere' },
    ],
    [
      { a: ['hertsmere', 'x'], b: 'welwyn-hatfield', extra: 'y' },
      { kind: 'ok', a: 'hertsmere', b: 'welwyn-hatfield' },
    ],
    [{ a: '../../etc/passwd', b: 'hertsmere' }, { kind: 'invalid' }],
    [{ a: '\u0000', b: 'hertsmere' }, { kind: 'invalid' }],
    [{ a: 'x'.repeat(10_000), b: 'hertsmere' }, { kind: 'invalid' }],
  ])('reads %j', (query, expected) => {
    expect(parseCompareQuery(query)).toMatchObject(expected);
  });
});

describe('topBySpend', () => {
  it('keeps the n councils with the highest latest spend, in their order', async () => {
    const { topBySpend } = await import('../../lib/charts/series');
    const c = (name: string, v: number | null) => ({ name, spend: v === null ? [] : [fig(2017, v)] });
    const list = [c('A', 5), c('B', 50), c('C', null), c('D', 20), c('E', 1)];
    expect(topBySpend(list, 2).map((x) => x.name)).toEqual(['B', 'D']);
    expect(topBySpend(list, 10).map((x) => x.name)).toEqual(['A', 'B', 'D', 'E']);
  });
});

describe('highestSpenders', () => {
  it('ranks councils with a spend figure by their latest one, highest first, ties A to Z', async () => {
    const { highestSpenders } = await import('../../lib/charts/series');
    const c = (name: string, ...values: number[]) => ({ name, spend: values.map((v, i) => fig(2015 + i, v)) });
    const list = [c('Dacorum', 20), c('Broxbourne', 900, 30), c('Adur'), c('Crawley', 30), c('Epping', 5)];
    expect(highestSpenders(list, 10).map((x) => x.name)).toEqual(['Broxbourne', 'Crawley', 'Dacorum', 'Epping']);
    expect(highestSpenders(list, 2).map((x) => x.name)).toEqual(['Broxbourne', 'Crawley']);
    expect(list.map((x) => x.name)).toEqual(['Dacorum', 'Broxbourne', 'Adur', 'Crawley', 'Epping']);
  });
});
