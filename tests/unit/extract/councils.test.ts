import { describe, expect, it } from 'vitest';
import { councils } from '../../../lib/councils';
import { CouncilMatcher } from '../../../lib/extract/councils';

describe('council names', () => {
  const matcher = new CouncilMatcher(councils);
  const names = (text: string, aliases = new Map()) =>
    matcher.find(text, 2018, aliases).map((m) => [m.text, m.council?.name ?? null]);

  it.each([
    ['Welwyn Hatfield Council said', 'Welwyn Hatfield Council', 'Welwyn Hatfield'],
    ['Welwyn Hatfield’s spending', 'Welwyn Hatfield', 'Welwyn Hatfield'],
    ['Hertsmere council spent', 'Hertsmere council', 'Hertsmere'],
    ['across Hertsmere borough', 'Hertsmere borough', 'Hertsmere'],
    ['Kent County Council spent', 'Kent County Council', 'Kent'],
    ['the London Borough of Camden', 'London Borough of Camden', 'Camden'],
    ['Royal Borough of Kensington & Chelsea', 'Royal Borough of Kensington & Chelsea', 'Kensington and Chelsea'],
    ['Mid Suffolk DC said', 'Mid Suffolk DC', 'Mid Suffolk'],
    ['St Albans City and District Council', 'St Albans City and District Council', 'St Albans'],
    ['Stockton-on-Tees Borough Council', 'Stockton-on-Tees Borough Council', 'Stockton-on-Tees'],
  ])('finds %s', (text, written, name) => expect(names(text)).toEqual([[written, name]]));

  it('does not take a bare county name, a town or a lower-case word for a council', () => {
    expect(names('Kent Police said the town of Hatfield was reading the figures')).toEqual([]);
  });

  it('learns abbreviations the article defines', () => {
    const aliases = new Map();
    expect(names('Mid Suffolk District Council (MSDC) said', aliases)).toEqual([
      ['Mid Suffolk District Council', 'Mid Suffolk'],
    ]);
    expect(names('MSDC spent more', aliases)).toEqual([['MSDC', 'Mid Suffolk']]);
  });

  it('notes councils missing from the list', () => {
    expect(names('The figures from Hatfield Town Council')).toEqual([['Hatfield Town Council', null]]);
  });

  it('picks the council that existed in the year: Bournemouth before and after 2019', () => {
    const at = (year: number) => matcher.find('Bournemouth spent', year, new Map())[0]?.council?.name;
    expect(at(2017)).toBe('Bournemouth');
    expect(at(2020)).toBe('Bournemouth, Christchurch and Poole');
  });
});
