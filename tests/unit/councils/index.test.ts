import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { councilByGss, councils, existedIn } from '../../../lib/councils';
import { slugify } from '../../../lib/councils/slug';

describe('the bundled council list', () => {
  it('holds every English principal council once, by GSS code and by slug', () => {
    expect(councils).toHaveLength(365);
    expect(new Set(councils.map((c) => c.gssCode)).size).toBe(councils.length);
    expect(new Set(councils.map((c) => c.slug)).size).toBe(councils.length);
  });

  it('has no council whose slug is taken by another page under /councils (search, sorted, find)', () => {
    const pages = readdirSync(new URL('../../../app/councils/', import.meta.url), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('['))
      .map((d) => d.name);
    expect(pages).toEqual(expect.arrayContaining(['find', 'search', 'sorted']));
    expect(councils.filter((c) => pages.includes(c.slug))).toEqual([]);
  });

  it('finds a council by its GSS code', () => {
    expect(councilByGss('E07000241')).toMatchObject({ slug: 'welwyn-hatfield', name: 'Welwyn Hatfield' });
    expect(councilByGss('E99999999')).toBeUndefined();
  });

  it('knows which councils existed on 1 April of a year', () => {
    const bournemouth = councils.find((c) => c.slug === 'bournemouth');
    expect(bournemouth && existedIn(bournemouth, 2018)).toBe(true);
    expect(bournemouth && existedIn(bournemouth, 2019)).toBe(false);
    // An end date on 1 April is the day the council ceased: 2023-24 is the new unitary's.
    const county = councils.find((c) => c.gssCode === 'E10000027');
    const unitary = councils.find((c) => c.gssCode === 'E06000066');
    expect([2022, 2023].map((y) => [county && existedIn(county, y), unitary && existedIn(unitary, y)])).toEqual([
      [true, false],
      [false, true],
    ]);
  });
});

describe('slugify', () => {
  it.each([
    ["King's Lynn & West Norfolk", 'kings-lynn-and-west-norfolk'],
    ['St. Helens', 'st-helens'],
    ['Bournemouth, Christchurch and Poole', 'bournemouth-christchurch-and-poole'],
    ['  Newcastle-upon-Tyne ', 'newcastle-upon-tyne'],
  ])('%j -> %j', (name, slug) => expect(slugify(name)).toBe(slug));
});
