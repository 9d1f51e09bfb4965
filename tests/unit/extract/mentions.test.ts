import { describe, expect, it } from 'vitest';
import { findMentions, owningActors, type Actor } from '../../../lib/extract/mentions';

const actors = (text: string) =>
  findMentions({ text }, 2018, new Map()).actors.map((a) => [a.kind, text.slice(a.start, a.end)]);

describe('mentions: who a figure may belong to', () => {
  it.each([
    ['Wigan Council spent', [['council', 'Wigan Council']]],
    ['Hatfield Town Council spent', [['unknown', 'Hatfield Town Council']]],
    ['Fife Council spent', [['elsewhere', 'Fife']]],
    [
      'English councils spent',
      [
        ['england', 'English'],
        ['group', 'councils'],
      ],
    ],
    [
      'the ten boroughs of Greater Manchester run',
      [
        ['group', 'boroughs'],
        ['outside', 'Greater Manchester'],
      ],
    ],
    [
      'Councils in the UK spent',
      [
        ['group', 'Councils'],
        ['outside', 'UK'],
      ],
    ],
    ['The borough spent', [['reference', 'The borough']]],
    ['Newcastle spent', [['ambiguous', 'Newcastle']]],
    ['One council in the region spent', [['unnamed', 'One council']]],
    ['Norfolk spent', [['council', 'Norfolk']]],
    ['cameras in Norfolk', [['outside', 'Norfolk']]],
    [
      'Chichester, West Sussex, runs',
      [
        ['council', 'Chichester'],
        ['outside', 'West Sussex'],
      ],
    ],
    ['a control room in Bury St Edmunds', []],
    ['Kent Police said', []],
    [
      'Portsmouth and Nottinghamshire Councils run',
      [
        ['council', 'Portsmouth'],
        ['council', 'Nottinghamshire'],
      ],
    ],
    ['East Herts spent', [['council', 'East Herts']]],
    // a region inside a council's name is part of the name; a place in brackets does not run on from it
    ['Figures show North East Lincolnshire Council spent £50,000', [['council', 'North East Lincolnshire Council']]],
    ['Figures show North Yorkshire Council spent £50,000', [['council', 'North Yorkshire Council']]],
    [
      'Trafford (Greater Manchester) spent',
      [
        ['council', 'Trafford'],
        ['outside', 'Greater Manchester'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });

  it('resolves a short form to its council and an abbreviation the text defines', () => {
    const aliases = new Map();
    const first = findMentions({ text: 'Basingstoke and Deane Borough Council (BDBC) said' }, 2018, aliases);
    const later = findMentions({ text: 'BDBC spent £90,000.' }, 2018, aliases);
    const names = [...first.actors, ...later.actors].map((a) =>
      a.kind === 'council' ? a.mention.council?.name : a.kind,
    );
    expect(names).toEqual(['Basingstoke and Deane', 'Basingstoke and Deane']);
    const short = findMentions({ text: 'Basingstoke spent' }, 2018, new Map()).actors[0];
    expect(short?.kind === 'council' && short.mention.council?.name).toBe('Basingstoke and Deane');
  });

  it('finds bare numbers a list may count, and asides that do not own a figure', () => {
    const m = findMentions({ text: 'Bolton runs 140 cameras, Wigan 95 and Bury 60 in 2018.' }, 2018, new Map());
    expect(m.bare.map((b) => b.value)).toEqual([95, 60]);
    const a = findMentions(
      { text: 'The unitary, which replaced Corby, Kettering and Wellingborough, now runs 372 cameras.' },
      2022,
      new Map(),
    );
    expect(a.asides).toHaveLength(1);
  });
});

describe('mentions: figures, asides and the actors that own a figure', () => {
  it('counts "sites" as camera sites only in an article about CCTV', () => {
    const text = 'The car park firm manages 30 sites across Wigan';
    expect(findMentions({ text }, 2018, new Map()).figures).toEqual([]);
    expect(findMentions({ text }, 2018, new Map()).bare.map((b) => b.value)).toEqual([30]);
    expect(findMentions({ text }, 2018, new Map(), true).figures).toMatchObject([
      { kind: 'count', value: 30, unit: 'camera_sites' },
    ]);
  });

  const text = 'North Northamptonshire Council, which replaced Corby and Kettering councils in 2021, spent £400,000.';
  const m = findMentions({ text }, 2022, new Map());
  const said = (as: Actor[]) => as.map((a) => [a.kind, text.slice(a.start, a.end)]);

  it('finds where an aside starts and ends', () => {
    expect(m.asides.map(([s, e]) => text.slice(s, e))).toEqual([
      ', which replaced Corby and Kettering councils in 2021, ',
    ]);
    expect(m.asides).toEqual([[30, 85]]);
  });

  it('leaves out actors named in an aside and actors only compared with', () => {
    expect(said(owningActors(m, text, () => false))).toEqual([['council', 'North Northamptonshire Council']]);
    expect(said(owningActors(m, text, (a) => a.start === 0))).toEqual([]);
    const t = 'Wigan spent more than Bolton on cameras.';
    const compared = (a: Actor, s: string) => /more than\s*$/.test(s.slice(0, a.start));
    expect(
      owningActors(findMentions({ text: t }, 2018, new Map()), t, compared).map((a) => t.slice(a.start, a.end)),
    ).toEqual(['Wigan']);
  });
});

describe('a bare county before a word for its people or places', () => {
  it('is the county as a place, not the council', () => {
    expect(actors('Other Hertfordshire towns have gone the same way.')).toEqual([['outside', 'Hertfordshire']]);
    expect(actors('Norfolk spent £500,000 on CCTV.')).toEqual([['council', 'Norfolk']]);
  });
});
