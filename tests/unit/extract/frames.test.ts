import { describe, expect, it } from 'vitest';
import { buildFrames, clauseBreaks } from '../../../lib/extract/frames';
import { findMentions } from '../../../lib/extract/mentions';
import { segment } from '../../../lib/extract/segment';

/** Frames of the article's last segment: [source, value, the council a list gave it]. */
function frames(text: string, carried: 'cameras' | null = null) {
  const segs = segment(text);
  const aliases = new Map();
  const scanned = segs.map((seg) => ({ seg, m: findMentions(seg, 2018, aliases) }));
  const last = scanned.at(-1)!;
  return buildFrames(last.seg, last.m, carried).map((f) => [f.source, f.figure.value, f.actor?.text ?? null]);
}

describe('frames: one candidate fact per figure, and more from lists', () => {
  it.each([
    [
      'an elliptical list',
      'Bolton runs 140 cameras, Wigan 95 and Bury 60.',
      [
        ['clause', 140, null],
        ['list', 95, 'Wigan'],
        ['list', 60, 'Bury'],
      ],
    ],
    [
      'ranks told one after another',
      'Kirklees is third with 610 cameras, ahead of Calderdale on 420.',
      [
        ['clause', 610, null],
        ['list', 420, 'Calderdale'],
      ],
    ],
    [
      'numbers given "respectively"',
      'Only Woking, Bristol and Swindon have more cameras with 691, 658 and 606 respectively.',
      [
        ['respectively', 691, 'Woking'],
        ['respectively', 658, 'Bristol'],
        ['respectively', 606, 'Swindon'],
      ],
    ],
    [
      'changes given "respectively": the levels after "to"',
      'Bolsover District Council and Havant Borough Council cut cameras, dropping from 91 to 51 and 72 to 47 respectively.',
      [
        ['respectively', 51, 'Bolsover District Council'],
        ['respectively', 47, 'Havant Borough Council'],
      ],
    ],
    [
      'money given "respectively"',
      'North Kesteven and South Kesteven spent £64,000 and £187,000 respectively on CCTV in 2018-19.',
      [
        ['respectively', 64000, 'North Kesteven'],
        ['respectively', 187000, 'South Kesteven'],
      ],
    ],
    [
      'one number for each council',
      'Portsmouth and Nottinghamshire Councils control the most CCTV cameras, with 1,454 each.',
      [
        ['each', 1454, 'Portsmouth'],
        ['each', 1454, 'Nottinghamshire'],
      ],
    ],
    [
      'the former and the latter',
      'Only Hackney and Hammersmith & Fulham have more cameras, with 2,900 in the former and 1,150 in the latter.',
      [
        ['former-latter', 2900, 'Hackney'],
        ['former-latter', 1150, 'Hammersmith & Fulham'],
      ],
    ],
    ['a headed list item', 'Most cameras by council\n\n• 362 Tower Hamlets', [['item', 362, 'Tower Hamlets']]],
    [
      'a table row under its header',
      'Council | 2017-18 spend | Cameras\nWigan | £120,000 | 40',
      [
        ['row', 120000, 'Wigan'],
        ['row', 40, 'Wigan'],
      ],
    ],
    [
      'a level after "from ... to"',
      'The number of cameras has risen from 92 to more than 300.',
      [['clause', 300, null]],
    ],
    [
      'a level "already" in place',
      'The new cameras will be added to 522 that already cover Leicester.',
      [['clause', 522, null]],
    ],
    [
      'a total "with N in total"',
      'Leicester has the most CCTV cameras, with 2,083 in total.',
      [['clause', 2083, null]],
    ],
  ])('%s', (_, text, expected) => {
    expect(frames(text)).toEqual(expected);
  });

  it('carries a list on across a full stop only when told what the previous segment counted', () => {
    const text = 'Leeds tops the table with 470 cameras. Bradford is second with 362.';
    expect(frames(text)).toEqual([]);
    expect(frames(text, 'cameras')).toEqual([['list', 362, 'Bradford']]);
  });

  it('does not part clauses inside a council name', () => {
    const text = 'Brighton and Hove City Council spent more, and Wigan less.';
    const m = findMentions({ text }, 2018, new Map());
    expect(clauseBreaks(text).length).toBe(2);
    expect(clauseBreaks(text, m.actors).map(([s, e]) => text.slice(s, e))).toEqual([', and ']);
  });
});

describe('frames: bare levels, every wording', () => {
  it.each([
    ['from 92 to 300', 300],
    ['from 92 to more than 300', 300],
    ['from 92 to over 300', 300],
    ['from 92 to almost 300', 300],
    ['from 92 to nearly 300', 300],
    ['from 92 to around 300', 300],
    ['from 92 to about 300', 300],
  ])('"the number of cameras has risen %s"', (words, value) => {
    expect(frames(`The number of cameras has risen ${words}.`)).toEqual([['clause', value, null]]);
  });

  it.each([
    ['with 2,083', 2083],
    ['with 2,083 in total', 2083],
    ['with 2,083 in all', 2083],
    ['with 2,083 altogether', 2083],
    ['with more than 2,083', 2083],
    ['with over 2,083', 2083],
    ['with almost 2,083', 2083],
    ['with nearly 2,083', 2083],
    ['with around 2,083', 2083],
    ['with about 2,083', 2083],
    ['with just 2,083', 2083],
  ])('"Leicester has the most CCTV cameras, %s."', (words, value) => {
    expect(frames(`Leicester has the most CCTV cameras, ${words}.`)).toEqual([['clause', value, null]]);
  });

  it.each([
    ['522 that already cover Leicester', 522],
    ['522 which currently cover Leicester', 522],
    ['522 already in place', 522],
    ['522 now in place', 522],
    ['the 65 currently in use', 65],
    ['65 that are currently in use', 65],
  ])('"the new cameras will be added to %s"', (words, value) => {
    expect(frames(`The new cameras will be added to ${words}.`)).toEqual([['clause', value, null]]);
  });

  it.each([
    ['a number that is not a level', 'The 40 cameras were installed in 52 weeks.', 52],
    ['a year', 'The number of cameras has risen from 1999 to 2018.', 2018],
    ['a list of money', 'Wigan spent £90,000 on CCTV, Bolton 80.', 80],
  ])('no bare level in %s', (_, text, value) => {
    expect(frames(text).map(([, v]) => v)).not.toContain(value);
  });

  it('counts a table cell as sites when its column says so, and gives a row its council only from its first cell', () => {
    expect(frames('Council | Camera sites | Spend\nWigan | 30 | £80,000')).toEqual([
      ['row', 30, 'Wigan'],
      ['row', 80000, 'Wigan'],
    ]);
    const segs = segment('Council | Camera sites\nWigan | 30');
    const m = findMentions(segs[1]!, 2018, new Map());
    expect(buildFrames(segs[1]!, m).map((f) => f.figure.kind === 'count' && f.figure.unit)).toEqual(['camera_sites']);
    expect(frames('Area | Cameras | Council\nNorth | 30 | Wigan')).toEqual([['row', 30, null]]);
  });

  it('finds no former and latter without two councils and two numbers', () => {
    expect(frames('Hackney has more cameras, with 2,900 in the former and 1,150 in the latter.')).toEqual([]);
  });

  it('reads a headed item only under a heading about cameras, with one council and one number', () => {
    expect(frames('Most cameras by council\n\n• 362 Tower Hamlets')).toEqual([['item', 362, 'Tower Hamlets']]);
    expect(frames('Spending by council\n\n• 362 Tower Hamlets')).toEqual([]);
    expect(frames('Most cameras by council\n\n• 362 Tower Hamlets and Hackney')).toEqual([]);
    expect(frames('Most cameras by council\n\n• 362 or 380 in Tower Hamlets')).toEqual([]);
  });
});
