import { describe, expect, it } from 'vitest';
import {
  financialYearFromParts,
  financialYearOf,
  formatFinancialYear,
  parseFinancialYear,
  yearsOf,
} from '../../../lib/domain/financial-year';

describe('financial years', () => {
  it('are written "2017-18"', () => {
    expect(formatFinancialYear(2017)).toBe('2017-18');
    expect(formatFinancialYear(1999)).toBe('1999-00');
    expect(formatFinancialYear(2009)).toBe('2009-10');
  });

  it.each([
    ['2017-18', 2017],
    ['2017–18', 2017],
    ['2017/18', 2017],
    ['2019/2020', 2019],
    ['1999-00', 1999],
    [' 2017 - 18 ', 2017],
  ])('read %j', (label, year) => expect(parseFinancialYear(label)).toBe(year));

  it.each(['2017-19', '2017/2019', '2017', '17-18', '2017-18-19', ''])('refuse %j', (label) =>
    expect(parseFinancialYear(label)).toBeNull(),
  );

  it('check the second part follows the first, in two or four digits', () => {
    expect(financialYearFromParts('2017', '18')).toBe(2017);
    expect(financialYearFromParts('2017', '2018')).toBe(2017);
    expect(financialYearFromParts('2017', '2017')).toBeNull();
    expect(financialYearFromParts('2017', '19')).toBeNull();
  });

  it('start on 1 April', () => {
    expect(financialYearOf(new Date('2019-03-31T00:00:00Z'))).toBe(2018);
    expect(financialYearOf(new Date('2019-04-01T00:00:00Z'))).toBe(2019);
  });

  it('of several lists together, once each, oldest first', () => {
    expect(yearsOf([{ year: 2018 }, { year: 2016 }], [], [{ year: 2016 }, { year: 2017 }])).toEqual([2016, 2017, 2018]);
    expect(yearsOf()).toEqual([]);
  });
});
