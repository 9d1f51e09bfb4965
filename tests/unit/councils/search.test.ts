import { describe, expect, it } from 'vitest';
import type { CouncilRecord } from '../../../lib/councils';
import { councilSearch, normaliseName, searchCouncils } from '../../../lib/councils/search';

/** A council for a made-up list, with no other spellings unless given. */
const council = (name: string, more: Partial<CouncilRecord> = {}): CouncilRecord => ({
  gssCode: 'E07000001',
  slug: name.toLowerCase().replace(/[^a-z]+/g, '-'),
  name,
  officialName: `${name} Council`,
  type: 'NMD',
  region: 'Nowhere',
  altNames: [],
  startDate: null,
  endDate: null,
  population: null,
  ...more,
});

const top = (query: string) => searchCouncils(query, 1).matches[0];
const names = (result: ReturnType<typeof searchCouncils>) => result.matches.map((m) => m.council.name);

describe('normaliseName', () => {
  it.each([
    ['Welwyn HATFIELD', 'welwyn hatfield'],
    ['Sòmërset', 'somerset'],
    ['Barking & Dagenham', 'barking dagenham'],
    ['Barking&Dagenham', 'barking dagenham'],
    ['Barking and Dagenham', 'barking dagenham'],
    ['And Sandwell and', 'sandwell'],
    ["King's Lynn", 'kings lynn'],
    ['King’s Lynn', 'kings lynn'],
    ['Stoke-on-Trent', 'stoke on trent'],
    ['St. Helens', 'st helens'],
    ['Bournemouth, Christchurch and Poole', 'bournemouth christchurch poole'],
    ['  welwyn \t  hatfield  ', 'welwyn hatfield'],
    ['--', ''],
  ])('%j -> %j', (text, normal) => expect(normaliseName(text)).toBe(normal));
});

describe('searching the bundled list', () => {
  it('finds Welwyn Hatfield by the start of its name, in any case', () => {
    for (const q of ['welwyn', 'WELWYN', 'Welwyn Hat']) {
      expect(top(q), q).toMatchObject({ council: { slug: 'welwyn-hatfield' }, rank: 'name-prefix' });
    }
  });

  it('ignores accents, punctuation, apostrophes, and "&" or "and"', () => {
    expect(top('Wélwyn Hatfield')).toMatchObject({ council: { slug: 'welwyn-hatfield' }, rank: 'exact' });
    expect(top('stoke on trent')).toMatchObject({ council: { slug: 'stoke-on-trent' }, rank: 'exact' });
    expect(top('St Helens')).toMatchObject({ council: { slug: 'st-helens' }, rank: 'exact' });
    for (const q of ['barking & dagenham', 'Barking and Dagenham', 'barking dagenham']) {
      expect(top(q), q).toMatchObject({ council: { slug: 'barking-and-dagenham' }, rank: 'exact' });
    }
    // Words in another order.
    expect(top('Dagenham & Barking')).toMatchObject({ council: { slug: 'barking-and-dagenham' }, rank: 'any-order' });
    expect(top('norfolk west')).toMatchObject({ council: { slug: 'kings-lynn-and-west-norfolk' }, rank: 'any-order' });
    // The common name is "Kings Lynn and West Norfolk": the apostrophe goes, it is not a space.
    expect(top("King's Lynn")).toMatchObject({ council: { slug: 'kings-lynn-and-west-norfolk' }, rank: 'name-prefix' });
  });

  it('finds a council by its official name and by a short form news writes', () => {
    expect(top('Welwyn Hatfield Borough Council')).toMatchObject({
      council: { slug: 'welwyn-hatfield' },
      rank: 'other-name',
    });
    // "Herts" is in none of mySociety's names: it is a short form (lib/councils/short-forms.ts).
    expect(searchCouncils('herts', 10).matches.map((m) => [m.council.name, m.rank])).toEqual([
      ['Hertsmere', 'name-prefix'],
      ['East Hertfordshire', 'other-name'],
      ['Hertfordshire', 'other-name'],
      ['North Hertfordshire', 'other-name'],
    ]);
  });

  it('knows former councils, after the current one of the same name', () => {
    expect(searchCouncils('somerset', 2).matches.map((m) => [m.council.slug, m.rank])).toEqual([
      ['somerset', 'exact'],
      ['somerset-cty-to-2023', 'exact'],
    ]);
    expect(top('allerdale')).toMatchObject({ council: { slug: 'allerdale', endDate: '2023-04-01' } });
  });

  it('stops at the limit and says how many match in all', () => {
    const result = searchCouncils('shire', 5);
    expect(result.matches).toHaveLength(5);
    expect(result.total).toBeGreaterThan(5);
    expect(searchCouncils('shire', 0).matches).toEqual([]);
  });

  it('finds nothing for an empty query or one of punctuation alone', () => {
    for (const q of ['', '   ', '--', '...', 'and', '&']) {
      expect(searchCouncils(q, 10), q).toEqual({ matches: [], total: 0 });
    }
    expect(searchCouncils('atlantis', 10)).toEqual({ matches: [], total: 0 });
  });
});

describe('ranking', () => {
  // Each match is of a different rank, and A to Z would put them in the opposite order.
  const search = councilSearch([
    council('Aldersham', { officialName: 'Alders Borough Council' }),
    council('Abbey', { officialName: 'Ham Abbey District Council' }),
    council('East Hampshire'),
    council('Hamble Valley'),
    council('Ham', { endDate: '2020-04-01' }),
    council('Hornsey'),
  ]);

  it('ranks the exact name, then a name prefix, a word prefix, another name, then a substring', () => {
    expect(search('ham', 10).matches.map((m) => [m.council.name, m.rank])).toEqual([
      ['Ham', 'exact'],
      ['Hamble Valley', 'name-prefix'],
      ['East Hampshire', 'word-prefix'],
      ['Abbey', 'other-name'],
      ['Aldersham', 'substring'],
    ]);
  });

  it('keeps the best matches when it stops at the limit', () => {
    expect(names(search('ham', 2))).toEqual(['Ham', 'Hamble Valley']);
    expect(search('ham', 2).total).toBe(5);
  });

  it('matches known spellings as other names, and inside them as substrings', () => {
    const spelled = councilSearch([
      council('Zeal', { altNames: ['Saint Zeal'] }),
      council('Yarrow', { altNames: ['Yarrow Upon Sea'] }),
    ]);
    expect(spelled('saint', 5).matches.map((m) => [m.council.name, m.rank])).toEqual([['Zeal', 'other-name']]);
    expect(spelled('pon se', 5).matches.map((m) => [m.council.name, m.rank])).toEqual([['Yarrow', 'substring']]);
  });

  it('finds a council from its words in any order, each the start of a word of one name', () => {
    const spread = councilSearch([
      council('Barking and Dagenham', { officialName: 'London Borough of Barking and Dagenham' }),
      council('Dagenham Marsh'),
      council('Welwyn Hatfield', { officialName: 'Borough of WH', altNames: ['Welwyn Garden City'] }),
    ]);
    const found = (q: string) => spread(q, 5).matches.map((m) => [m.council.name, m.rank]);
    expect(found('dagenham barking')).toEqual([['Barking and Dagenham', 'any-order']]);
    expect(found('dag bark')).toEqual([['Barking and Dagenham', 'any-order']]);
    expect(found('hatfield welwyn')).toEqual([['Welwyn Hatfield', 'any-order']]);
    // Words from one name: "garden" is in a known spelling, "hatfield" in the common name.
    expect(found('city garden')).toEqual([['Welwyn Hatfield', 'any-order']]);
    expect(found('garden hatfield')).toEqual([]);
    // Every word must start a word: "arking" does not, and one word alone is a substring's job.
    expect(found('dagenham arking')).toEqual([]);
    expect(found('arking')).toEqual([['Barking and Dagenham', 'substring']]);
    // Ranked below another name's word start and above a substring (A to Z would reverse them).
    const ranked = councilSearch([
      council('Barking and Dagenham'),
      council('Xdagenham Bay'),
      council('Zed', { altNames: ['Dagenham Bridge'] }),
    ]);
    expect(ranked('dagenham b', 5).matches.map((m) => [m.council.name, m.rank])).toEqual([
      ['Zed', 'other-name'],
      ['Barking and Dagenham', 'any-order'],
      ['Xdagenham Bay', 'substring'],
    ]);
  });

  it('within a rank, lists councils that still exist first, then A to Z', () => {
    const twins = councilSearch([
      council('Moor', { slug: 'moor-cty-to-2020', endDate: '2020-04-01' }),
      council('Moor', { slug: 'moor-ua' }),
      council('Moorside East'),
      council('Moorland'),
    ]);
    expect(twins('moor', 5).matches.map((m) => m.council.slug)).toEqual([
      'moor-ua',
      'moor-cty-to-2020',
      'moorland',
      'moorside-east',
    ]);
  });
});
