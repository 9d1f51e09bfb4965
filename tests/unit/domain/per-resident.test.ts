import { describe, expect, it } from 'vitest';
import {
  pencePerResident,
  perResidentSeries,
  roundWithin,
  tenthsPer10kResidents,
} from '../../../lib/domain/per-resident';
import { fig } from '../../support/figures';

describe('roundWithin', () => {
  it('rounds "more than" down and "less than" up, so the bound stays true', () => {
    expect(roundWithin(137.9, 'more_than')).toEqual({ value: 137, bound: 'more_than' });
    expect(roundWithin(137.1, 'less_than')).toEqual({ value: 138, bound: 'less_than' });
  });

  it('rounds an exact or "about" quotient to the nearest step', () => {
    expect(roundWithin(66.5, 'exact')).toEqual({ value: 67, bound: 'exact' });
    expect(roundWithin(66.49, 'exact')).toEqual({ value: 66, bound: 'exact' });
    expect(roundWithin(12.6, 'about')).toEqual({ value: 13, bound: 'about' });
  });

  it('never shows a positive amount as nothing: under half a step is "less than" one', () => {
    expect(roundWithin(0.3, 'exact')).toEqual({ value: 1, bound: 'less_than' });
    expect(roundWithin(0.3, 'about')).toEqual({ value: 1, bound: 'less_than' });
    expect(roundWithin(0.2, 'less_than')).toEqual({ value: 1, bound: 'less_than' });
    expect(roundWithin(0, 'exact')).toEqual({ value: 0, bound: 'exact' });
  });
});

describe('per resident', () => {
  it('divides money into pence per resident', () => {
    // Welwyn Hatfield, 2017-18: £83,000 over 123,893 residents is 66.99 pence.
    expect(pencePerResident(fig(2017, 83_000), 123_893)).toEqual({ value: 67, bound: 'exact' });
  });

  it('keeps a bound: "more than £78m" over England stays "more than", rounded down', () => {
    // 7,800,000,000 pence / 56,550,138 = 137.93...
    expect(pencePerResident(fig(2017, 78_000_000, 'more_than'), 56_550_138)).toEqual({
      value: 137,
      bound: 'more_than',
    });
    expect(pencePerResident(fig(2017, 78_000_000, 'less_than'), 56_550_138)).toEqual({
      value: 138,
      bound: 'less_than',
    });
  });

  it('has nothing to divide by without a population', () => {
    expect(pencePerResident(fig(2017, 83_000), null)).toBeNull();
    expect(pencePerResident(fig(2017, 83_000), 0)).toBeNull();
    expect(tenthsPer10kResidents(fig(2017, 23), null)).toBeNull();
  });

  it('counts per 10,000 residents to one decimal place, in tenths', () => {
    // 23 cameras over 123,893 residents: 1.856 per 10,000.
    expect(tenthsPer10kResidents(fig(2017, 23), 123_893)).toEqual({ value: 19, bound: 'exact' });
    expect(tenthsPer10kResidents(fig(2017, 23, 'more_than'), 123_893)).toEqual({ value: 18, bound: 'more_than' });
  });

  it('divides a series, each differing source too, and drops nothing but what cannot be divided', () => {
    const spend = fig(2017, 83_000);
    spend.conflicts = [{ value: 90_000, bound: 'exact', source: fig(2017, 1).source }];
    const [s, b] = perResidentSeries([spend, fig(2018, 100_000, 'about')], 123_893);
    expect(s).toMatchObject({ year: 2017, value: 67, bound: 'exact', source: spend.source });
    expect(s?.conflicts).toEqual([expect.objectContaining({ value: 73, bound: 'exact' })]);
    expect(b).toMatchObject({ year: 2018, value: 81, bound: 'about' });
    expect(perResidentSeries([spend], null)).toEqual([]);
  });
});
