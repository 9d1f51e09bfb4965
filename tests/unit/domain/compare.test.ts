import { describe, expect, it } from 'vitest';
import { compareRows, difference } from '../../../lib/domain/compare';
import { fig } from '../../support/figures';

describe('difference', () => {
  it('takes differences as b minus a, and marks bounded ones inexact', () => {
    expect(difference(fig(2016, 107000), fig(2016, 129000))).toEqual({
      amount: 22000,
      relative: 22000 / 107000,
      exact: true,
    });
    expect(difference(fig(2016, 0), fig(2016, 5, 'about'))).toEqual({ amount: 5, relative: null, exact: false });
    expect(difference(fig(2016, 10, 'more_than'), fig(2016, 5))).toMatchObject({ amount: -5, exact: false });
  });
});

describe('compareRows', () => {
  it('lines up two councils year by year, oldest first, with the difference only where both spent', () => {
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
