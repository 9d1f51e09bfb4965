import { describe, expect, it } from 'vitest';
import { floorAround, formatRatios, median, medianOf, pairOrder, roundRatios } from '../../bench/rounds';

describe('rounds', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('compares a round with the mean of the floors either side of it', () => {
    const floors = [1000, 1200, 800];
    expect(floorAround(floors, 0)).toBe(1100);
    expect(floorAround(floors, 1)).toBe(1000);
  });

  it('uses the one floor measured when the other failed, and none when neither was', () => {
    expect(floorAround([1000, undefined, 800], 0)).toBe(1000);
    expect(floorAround([1000, undefined, 800], 1)).toBe(800);
    expect(floorAround([undefined, undefined], 0)).toBeUndefined();
    expect(floorAround([0, Number.NaN], 0)).toBeUndefined();
  });

  it('takes a ratio only for the rounds that measured both sides', () => {
    expect(roundRatios([900, undefined, 1000, 500], [1000, 1000, undefined, 1000])).toEqual([0.9, 0.5]);
    expect(roundRatios([900], [0])).toEqual([]);
  });

  it('puts the page first in even rounds and its static copy first in odd ones', () => {
    expect([0, 1, 2, 3].map(pairOrder)).toEqual([
      ['page', 'static'],
      ['static', 'page'],
      ['page', 'static'],
      ['static', 'page'],
    ]);
  });

  it('writes the median ratio, then each round', () => {
    expect(formatRatios([0.97, 0.9512, 0.96])).toBe('0.96 [0.97 0.95 0.96]');
  });

  it('takes the median of what was measured, or nothing', () => {
    expect(medianOf([3, undefined, 1])).toBe(2);
    expect(medianOf([undefined])).toBeUndefined();
  });
});
