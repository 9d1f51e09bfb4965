import { describe, expect, it } from 'vitest';
import {
  formatBounded,
  formatChange,
  formatCount,
  formatFact,
  formatMoney,
  formatPence,
  formatShare,
  formatSigned,
  formatTenths,
  formatValue,
} from '../../lib/format';

describe('format', () => {
  it('writes money in whole pounds, en-GB, compact where asked', () => {
    expect(formatMoney(83000)).toBe('£83,000');
    expect(formatMoney(78000000, { compact: true })).toBe('£78m');
    expect(formatMoney(1_500_000_000, { compact: true })).toBe('£1.5bn');
    expect(formatMoney(250_000, { compact: true })).toBe('£250k');
  });

  it('never shows a bounded figure bare', () => {
    expect(formatBounded(formatMoney(78000000, { compact: true }), 'more_than')).toBe('more than £78m');
    expect(formatBounded('5', 'less_than')).toBe('less than 5');
    expect(formatBounded('5', 'about')).toBe('about 5');
    expect(formatBounded('5', 'exact')).toBe('5');
  });

  it('writes counts, changes and shares', () => {
    expect(formatCount(1340)).toBe('1,340');
    expect(formatChange(0.2056)).toBe('+20.6%');
    expect(formatChange(-0.1)).toBe('-10%');
    expect(formatChange(0)).toBe('0%');
    expect(formatShare(83000 / 78000000)).toBe('0.11%');
  });

  it('rounds a bounded share the way that keeps its bound true', () => {
    // 0.2564%: "less than" rounds up, "more than" down, the rest to the nearest.
    expect(formatShare(200000 / 78000000, 'less_than')).toBe('0.26%');
    expect(formatShare(0.002649, 'less_than')).toBe('0.27%');
    expect(formatShare(0.002649, 'more_than')).toBe('0.26%');
    expect(formatShare(0.002651, 'more_than')).toBe('0.26%');
    expect(formatShare(0.002651, 'exact')).toBe('0.27%');
  });

  it('writes pence as GOV.UK does: pence in full under £1, pounds and pence above, no ".00"', () => {
    expect(formatPence(67)).toBe('67 pence');
    expect(formatPence(1)).toBe('1 penny');
    expect(formatPence(0)).toBe('0 pence');
    expect(formatPence(120)).toBe('£1.20');
    expect(formatPence(305)).toBe('£3.05');
    expect(formatPence(300)).toBe('£3');
    expect(formatPence(123456)).toBe('£1,234.56');
  });

  it('writes tenths with one decimal place', () => {
    expect(formatTenths(19)).toBe('1.9');
    expect(formatTenths(20)).toBe('2.0');
    expect(formatTenths(12345)).toBe('1,234.5');
  });

  it('writes a value in its metric’s unit, from the registry', () => {
    expect(formatValue('budget', 99000)).toBe('£99,000');
    expect(formatValue('cameras', 1340)).toBe('1,340');
  });

  it('writes one fact in a line, with or without whose it is', () => {
    const f = { metric: 'spend', basis: 'net', financialYear: 2017, value: 83000, bound: 'exact' } as const;
    expect(formatFact(f, 'Welwyn Hatfield')).toBe('Actual spend (net), Welwyn Hatfield, 2017-18: £83,000');
    expect(formatFact({ ...f, basis: null, bound: 'more_than' })).toBe('Actual spend, 2017-18: more than £83,000');
  });

  it('signs a difference, with no sign for none, in the format given', () => {
    expect(formatSigned(1500, formatMoney)).toBe('+£1,500');
    expect(formatSigned(-44, formatPence)).toBe('−44 pence');
    expect(formatSigned(0, formatMoney)).toBe('£0');
    expect(formatSigned(0, formatPence)).toBe('0 pence');
  });
});
