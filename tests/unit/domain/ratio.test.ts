import { describe, expect, it } from 'vitest';
import { perUnitCost, ratio, sharesOf } from '../../../lib/domain/ratio';
import { fig } from '../../support/figures';

describe('ratio', () => {
  it('bounds a share honestly: part of "more than £78m" is "less than" the ratio', () => {
    expect(ratio(fig(2017, 83000), fig(2017, 78000000, 'more_than'))).toEqual({
      value: 83000 / 78000000,
      bound: 'less_than',
    });
    expect(ratio(fig(2017, 10, 'less_than'), fig(2017, 100, 'more_than'))).toMatchObject({ bound: 'less_than' });
  });

  it('passes a bounded numerator on, and gives "about" when the bounds pull apart', () => {
    expect(ratio(fig(2017, 10, 'more_than'), fig(2017, 100))).toMatchObject({ bound: 'more_than' });
    expect(ratio(fig(2017, 10, 'more_than'), fig(2017, 100, 'more_than'))).toMatchObject({ bound: 'about' });
    expect(ratio(fig(2017, 10, 'about'), fig(2017, 100))).toMatchObject({ bound: 'about' });
    expect(ratio(fig(2017, 10), fig(2017, 100, 'about'))).toMatchObject({ bound: 'about' });
  });

  it('has no ratio to zero', () => {
    expect(ratio(fig(2017, 10), fig(2017, 0))).toBeNull();
  });
});

describe('perUnitCost', () => {
  const spend = [fig(2016, 107000), fig(2017, 83000)];

  it('costs the latest spend per camera, else per site, naming the unit', () => {
    expect(perUnitCost(spend, [], [fig(2018, 30)])).toMatchObject({
      unit: 'camera_sites',
      cost: { value: 83000 / 30 },
    });
    expect(perUnitCost(spend, [fig(2018, 20)], [fig(2018, 30)])).toMatchObject({
      unit: 'cameras',
      cost: { value: 4150 },
    });
  });

  it('uses the count nearest the spend year, the later of two as near', () => {
    const cameras = [fig(2012, 10), fig(2016, 40), fig(2018, 20)];
    expect(perUnitCost(spend, cameras, [])?.count.value).toBe(20);
    expect(perUnitCost([fig(2013, 100)], cameras, [])?.count.value).toBe(10);
  });

  it('needs both a spend and a count', () => {
    expect(perUnitCost([], [fig(2018, 20)], [])).toBeNull();
    expect(perUnitCost(spend, [], [])).toBeNull();
    expect(perUnitCost(spend, [fig(2017, 0)], [])).toBeNull();
  });
});

describe('sharesOf', () => {
  it('pairs council spend with England totals by year', () => {
    const shares = sharesOf([fig(2016, 1), fig(2017, 2)], [fig(2017, 100)]);
    expect(shares.map((s) => [s.year, s.share.value])).toEqual([[2017, 0.02]]);
  });
});
