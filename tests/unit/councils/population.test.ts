import { describe, expect, it } from 'vitest';
import { councils, councilsIn } from '../../../lib/councils';
import { ENGLAND_POPULATION, POPULATION_YEAR, populationOf } from '../../../lib/councils/population';

describe('populations', () => {
  it('gives each council its mid-2020 residents from the list', () => {
    expect(POPULATION_YEAR).toBe(2020);
    expect(populationOf('E07000241')).toBe(123_893); // Welwyn Hatfield
    expect(populationOf('E10000015')).toBe(1_195_672); // Hertfordshire County Council
    expect(populationOf('E99999999')).toBeNull();
  });

  it('has none for councils abolished before mid-2020, and one for every council that exists today', () => {
    const bournemouth = councils.find((c) => c.slug === 'bournemouth');
    expect(bournemouth?.population).toBeNull();
    expect(councils.filter((c) => c.endDate === null && c.population === null)).toEqual([]);
  });

  it('counts England once: today’s councils without the counties add up to ONS’s mid-2020 estimate', () => {
    // ONS, mid-2020 population estimate for England: 56,550,138. Adding the counties would count
    // their residents twice (they are also their districts’).
    expect(ENGLAND_POPULATION).toBe(56_550_138);
  });
});

describe('councilsIn', () => {
  it('counts the English councils that existed on 1 April of the year', () => {
    expect(councilsIn(2017)).toBe(353);
    expect(councilsIn(2023)).toBe(317);
    // Cumbria, North Yorkshire and Somerset were reorganised on 1 April 2023: 16 councils fewer.
    expect(councilsIn(2022) - councilsIn(2023)).toBe(16);
  });
});
