import { describe, expect, it } from 'vitest';
import { financialYearOf, formatBounded, formatFinancialYear, formatMoney, parseFinancialYear } from '../../lib/format';

describe('format', () => {
  it('writes money in whole pounds, en-GB', () => {
    expect(formatMoney(83000)).toBe('£83,000');
    expect(formatMoney(78000000, { compact: true })).toBe('£78m');
    expect(formatBounded(formatMoney(78000000, { compact: true }), 'more_than')).toBe('more than £78m');
  });

  it('writes and reads financial years', () => {
    expect(formatFinancialYear(2017)).toBe('2017-18');
    expect(formatFinancialYear(1999)).toBe('1999-00');
    expect(parseFinancialYear('2017–18')).toBe(2017);
    expect(parseFinancialYear('2019/2020')).toBe(2019);
    expect(parseFinancialYear('2017-19')).toBeNull();
  });

  it('puts dates in the April-to-March year', () => {
    expect(financialYearOf(new Date('2019-03-31T00:00:00Z'))).toBe(2018);
    expect(financialYearOf(new Date('2019-04-01T00:00:00Z'))).toBe(2019);
  });
});
