import { describe, expect, it } from 'vitest';
import { councils } from '../../../lib/councils';
import { CouncilMatcher, councilIn } from '../../../lib/extract/councils';

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

describe('council mentions: offsets, forms and years', () => {
  const matcher = new CouncilMatcher(councils);
  const found = (text: string, year: number | null = 2018, aliases = new Map()) =>
    matcher.find(text, year, aliases).map((m) => ({
      text: m.text,
      at: [m.start, m.end],
      council: m.council?.name ?? null,
      form: m.form,
    }));

  it.each([
    ['Wigan Council spent £1m', { text: 'Wigan Council', at: [0, 13], council: 'Wigan', form: 'name' }],
    ['Norfolk spent £1m', { text: 'Norfolk', at: [0, 7], council: 'Norfolk', form: 'bare_county' }],
    ['Newcastle spent £1m', { text: 'Newcastle', at: [0, 9], council: 'Newcastle upon Tyne', form: 'ambiguous' }],
    // "&" is read as "and", whether or not the list spells the name with one
    [
      'Brighton & Hove City Council spent',
      { text: 'Brighton & Hove City Council', at: [0, 28], council: 'Brighton and Hove', form: 'name' },
    ],
    ['H&F spent more', { text: 'H&F', at: [0, 3], council: 'Hammersmith and Fulham', form: 'name' }],
    ['B&NES spent more', { text: 'B&NES', at: [0, 5], council: 'Bath and North East Somerset', form: 'name' }],
    [
      'Bournemouth, Christchurch and Poole Council spent',
      {
        text: 'Bournemouth, Christchurch and Poole Council',
        at: [0, 43],
        council: 'Bournemouth, Christchurch and Poole',
        form: 'name',
      },
    ],
    // a name after a line break or inside brackets is still a name
    ['Spending by area:\nWigan Council spent', { text: 'Wigan Council', at: [18, 31], council: 'Wigan', form: 'name' }],
    ['The bill (Wigan Council) rose', { text: 'Wigan Council', at: [10, 23], council: 'Wigan', form: 'name' }],
    // a name does not run on across a colon or a line break
    [
      'Kent: Council leaders agreed the budget for next year',
      { text: 'Kent', at: [0, 4], council: 'Kent', form: 'bare_county' },
    ],
    ['Mid Suffolk\nDistrict Council said', { text: 'Mid Suffolk', at: [0, 11], council: 'Mid Suffolk', form: 'name' }],
  ])('%j', (text, mention) => expect(found(text)).toEqual([mention]));

  it('does not take a name that runs on into another proper noun, even after a double space', () => {
    expect(found('Kent  Police said')).toEqual([]);
  });

  it('reads on after a proper noun it skipped', () => {
    expect(
      found('Kent Police, Kent County Council and Medway Council share the cost').map((m) => [m.text, m.council]),
    ).toEqual([
      ['Kent County Council', 'Kent'],
      ['Medway Council', 'Medway'],
    ]);
  });

  it('takes the current council when the article has no year, and names a former council after it ended', () => {
    expect(found('Bournemouth spent £1m', null)[0]?.council).toBe('Bournemouth, Christchurch and Poole');
    expect(found('The former Corby Borough Council spent £1m', 2023)).toEqual([
      { text: 'Corby Borough Council', at: [11, 32], council: 'Corby', form: 'name' },
    ]);
  });

  it('gives a figure the council that existed in its own year', () => {
    const [somerset] = matcher.find('Somerset spent £1m', 2024, new Map());
    expect(somerset && councilIn(somerset, 2022)).toMatchObject({ name: 'Somerset', type: 'CTY' });
    expect(somerset && councilIn(somerset, 2023)).toMatchObject({ name: 'Somerset', type: 'UA' });
  });

  it.each([
    ['Mid Suffolk District Council (MSDC) said', 'MSDC'],
    ['Mid Suffolk District Council(MSDC) said', 'MSDC'],
    ['Mid Suffolk District Council ( MSDC ) said', 'MSDC'],
  ])('learns the abbreviation in %j', (text, abbr) => {
    const aliases = new Map();
    matcher.find(text, 2018, aliases);
    expect([...aliases.keys()]).toEqual([abbr]);
    expect(found(`${abbr} spent more`, 2018, aliases)).toEqual([
      { text: abbr, at: [0, abbr.length], council: 'Mid Suffolk', form: 'name' },
    ]);
  });

  it('takes only an abbreviation right after the name, not one later in the sentence', () => {
    const aliases = new Map();
    matcher.find('Wigan Council said the closed circuit television (CCTV) budget rose', 2018, aliases);
    expect(aliases.size).toBe(0);
    expect(found('CCTV spending rose', 2018, aliases)).toEqual([]);
  });
});

describe('councils missing from the list', () => {
  const matcher = new CouncilMatcher(councils);
  const unknown = (text: string) =>
    matcher
      .find(text, 2018, new Map())
      .map((m) => ({ text: m.text, at: [m.start, m.end], council: m.council, candidates: m.candidates, form: m.form }));

  it.each([
    ['Little Hadham Parish Council said', 'Little Hadham Parish Council', 0],
    ['Cardiff Council said', 'Cardiff Council', 0],
    ['Newport City Council said', 'Newport City Council', 0],
    ['Hatfield  Town Council said', 'Hatfield  Town Council', 0],
    ['The Hertford Town Council budget', 'Hertford Town Council', 4],
    ['Neath Port Talbot County Borough Council said', 'Neath Port Talbot County Borough Council', 0],
    ['Neath Port Talbot County Borough  Council said', 'Neath Port Talbot County Borough  Council', 0],
  ])('%j', (text, written, start) =>
    expect(unknown(text)).toEqual([
      { text: written, at: [start, start + written.length], council: null, candidates: [], form: 'name' },
    ]),
  );

  it.each([
    'The Borough Council said',
    'The  Borough Council said',
    'A District Council spent',
    'The Town Council said',
    'Their Parish Council spent',
  ])('%j refers to a council, it does not name one', (text) => expect(unknown(text)).toEqual([]));

  it('keeps listed and unlisted councils apart, in text order', () => {
    expect(unknown('Hatfield Town Council and Wigan Council').map((m) => m.text)).toEqual([
      'Hatfield Town Council',
      'Wigan Council',
    ]);
    expect(unknown('Wigan Council and Hatfield Town Council').map((m) => m.text)).toEqual([
      'Wigan Council',
      'Hatfield Town Council',
    ]);
  });
});
