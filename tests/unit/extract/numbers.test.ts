import { describe, expect, it } from 'vitest';
import { findMoney, parseCount } from '../../../lib/extract/numbers';

describe('money', () => {
  it.each([
    ['£83,000', 83000],
    ['£1.2m', 1200000],
    ['£3.1 million', 3100000],
    ['£250k', 250000],
    ['£7million', 7000000],
    ['£ 612,000', 612000],
    ['£540, 000', 540000],
    ['£1.5bn', 1500000000],
    ['£2,345,678', 2345678],
    ['£2.10', 2],
    ['£212,430.67', 212430],
    ['£1.29m', 1290000],
    ['£265 000', 265000],
    ['\uFFFD88,500', 88500],
  ])('reads %s', (text, value) => {
    expect(findMoney(`spent ${text} on CCTV`)).toMatchObject([{ value, start: 6, end: 6 + text.length }]);
  });

  it('reads a bare "64 million" as money only where money can stand', () => {
    expect(findMoney('councils spent 64 million on CCTV')).toMatchObject([{ value: 64000000, bare: true }]);
    expect(findMoney('64 million people live in England')).toEqual([]);
    expect(findMoney('83,000 pounds')).toMatchObject([{ value: 83000 }]);
  });

  it('reads "thousand pounds" written out in words', () => {
    expect(findMoney('the council spent 83 thousand pounds on CCTV last year')).toMatchObject([
      { value: 83000, bare: true },
    ]);
  });

  it('ignores years, phone numbers, percentages and plain counts', () => {
    expect(findMoney('In 2017-18, 8% of 1,200 cameras; call 01707 357000 aged 45')).toEqual([]);
  });

  it('does not read "£5 more" as five million', () => {
    expect(findMoney('£5 more')).toMatchObject([{ value: 5 }]);
  });
});

describe('counts', () => {
  it.each([
    ['six', 6],
    ['twenty-three', 23],
    ['1,340', 1340],
    ['a dozen', 12],
    ['Nine', 9],
    ['a hundred', 100],
    ['forty', 40],
    [' 40 ', 40],
    ['Twenty one', 21],
  ])('reads %s', (text, n) => expect(parseCount(text)).toBe(n));
  it.each(['twenty-ten', 'twenty-zero', 'several', 'dozens', 'about 40', '40 cameras'])(
    'rejects %s, which is not a count',
    (text) => expect(parseCount(text)).toBeNull(),
  );
});
