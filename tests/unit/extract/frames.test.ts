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

/** The last segment's frames in full: what the later stages read from each. */
function framesOf(text: string, carried: 'cameras' | null = null) {
  const segs = segment(text);
  const last = segs.at(-1)!;
  return buildFrames(last, findMentions(last, 2018, new Map()), carried);
}

/** [value, the clause the figure stands in]: a year or council across a clause break is another figure's. */
const clauses = (text: string) => framesOf(text).map((f) => [f.figure.value, text.slice(...f.clause)]);

/** [source, value, what a count counts] */
const units = (text: string, carried: 'cameras' | null = null) =>
  framesOf(text, carried).map((f) => [
    f.source,
    f.figure.value,
    f.figure.kind === 'count' ? f.figure.unit : f.figure.kind,
  ]);

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

  it('counts a table cell as sites when its column says so, and reads only cells after the council’s', () => {
    expect(frames('Council | Camera sites | Spend\nWigan | 30 | £80,000')).toEqual([
      ['row', 30, 'Wigan'],
      ['row', 80000, 'Wigan'],
    ]);
    const segs = segment('Council | Camera sites\nWigan | 30');
    const m = findMentions(segs[1]!, 2018, new Map());
    expect(buildFrames(segs[1]!, m).map((f) => f.figure.kind === 'count' && f.figure.unit)).toEqual(['camera_sites']);
    expect(frames('Area | Cameras | Council\nNorth | 30 | Wigan')).toEqual([]);
    expect(frames('Rank | Council | Spend\n1 | Wigan | £80,000')).toEqual([['row', 80000, 'Wigan']]);
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

describe('frames: the clause each figure stands in', () => {
  it('parts a sentence at "and" before a second sum, so each sum keeps its own year', () => {
    expect(clauses('Wigan spent £90,000 on CCTV in 2017 and £120,000 in 2018.')).toEqual([
      [90000, 'Wigan spent £90,000 on CCTV in 2017'],
      [120000, '£120,000 in 2018.'],
    ]);
  });

  it('parts clauses at a semicolon straight after a council name', () => {
    const text = 'Wigan runs more cameras than Bolton; Bury runs fewer.';
    const m = findMentions({ text }, 2018, new Map());
    expect(clauseBreaks(text, m.actors).map(([s, e]) => text.slice(s, e))).toEqual([';']);
  });

  it('keeps a list number in the clause that names its council', () => {
    expect(clauses('Bolton runs 140 cameras and Wigan 95, while Bury has 60 cameras.')).toEqual([
      [140, 'Bolton runs 140 cameras'],
      [95, 'Wigan 95'],
      [60, 'Bury has 60 cameras.'],
    ]);
  });
});

describe('frames: what a list counts', () => {
  it.each([
    [
      'a list after a count of cameras, with sites counted later',
      'Wigan runs 95 cameras, Bolton 80, across 30 camera sites.',
      [
        ['clause', 95, 'cameras'],
        ['list', 80, 'cameras'],
        ['clause', 30, 'camera_sites'],
      ],
    ],
    [
      'a list after a count of sites',
      'Wigan has cameras at 40 sites, Bolton 25.',
      [
        ['clause', 40, 'camera_sites'],
        ['list', 25, 'camera_sites'],
      ],
    ],
    [
      'a "respectively" list whose cameras are named before the money',
      'For CCTV cameras, Wigan and Bolton, which spend the most, run 140 and 95 respectively.',
      [
        ['respectively', 140, 'cameras'],
        ['respectively', 95, 'cameras'],
      ],
    ],
    [
      'a total followed by the money spent on it',
      'Leicester has the most CCTV cameras, with 2,083, and spent £1.1m running them last year.',
      [
        ['clause', 2083, 'cameras'],
        ['clause', 1100000, 'money'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(units(text)).toEqual(expected);
  });

  it('gives a list number no modifier of its own', () => {
    const list = framesOf('Bolton runs 140 cameras, Wigan 95 and Bury 60.').filter((f) => f.source === 'list');
    expect(list.map((f) => f.figure)).toEqual([
      { kind: 'count', start: 31, end: 33, value: 95, unit: 'cameras', modifier: '' },
      { kind: 'count', start: 43, end: 45, value: 60, unit: 'cameras', modifier: '' },
    ]);
  });

  it('orders frames by where their figures stand', () => {
    expect(frames('Bolton runs 140 cameras and Wigan 95, while Bury has 60 cameras.')).toEqual([
      ['clause', 140, null],
      ['list', 95, 'Wigan'],
      ['clause', 60, null],
    ]);
  });
});

describe('frames: numbers that are not counts of cameras', () => {
  it.each([
    ['dates of upgrades', 'Wigan and Bolton upgraded their CCTV cameras in April 2016 and May 2017 respectively.', []],
    ['staff numbers', 'Wigan and Bolton employ 12 and 8 control room staff respectively.', []],
    ['staff shared out', 'Wigan and Bolton share a control room with 12 staff, 6 each.', []],
    ['control rooms', 'The council moved from 3 to 2 control rooms last year.', []],
    [
      'an answer about staff',
      'How many CCTV cameras are monitored? Wigan Council said its control room is staffed by 6 operators.',
      [],
    ],
    ['streets covered', 'The new cameras will cover 12 streets where there are currently none.', []],
    ['streets not yet covered', 'The new cameras will cover 12 streets that currently have none.', []],
    ['staff in a control room', 'Wigan monitors its CCTV cameras from a control room with 12 staff.', []],
    [
      'staff told before the cameras',
      "The council's control room is staffed day and night with 12, who watch 140 CCTV cameras.",
      [['clause', 140, null]],
    ],
    ['staff of a linked control room', 'The CCTV cameras are linked with a control room staffed by 12.', []],
    [
      'control rooms told before the cameras',
      'Bolton has 14 control rooms watching its 140 cameras.',
      [['clause', 140, null]],
    ],
    ['a share of a total', 'Wigan has 40 CCTV cameras in its five town centres, about 8 each.', [['clause', 40, null]]],
    ['a total split later', 'Wigan and Bolton, with 140 between them, each plan to add more cameras.', []],
  ])('%s', (_, text, expected) => {
    expect(frames(text)).toEqual(expected);
  });
});

describe('frames: lists told "respectively", "each" and "the former ... the latter"', () => {
  it.each([
    [
      'councils named after a region and councils in general',
      'Of the councils in Greater Manchester, Wigan, Bolton and Bury run 140, 95 and 60 cameras respectively.',
      [
        ['respectively', 140, 'Wigan'],
        ['respectively', 95, 'Bolton'],
        ['respectively', 60, 'Bury'],
      ],
    ],
    [
      'a council named after the list',
      'Wigan and Bolton run 140 and 95 cameras respectively, more than Bury.',
      [
        ['respectively', 140, 'Wigan'],
        ['respectively', 95, 'Bolton'],
      ],
    ],
    [
      'earlier levels told after the list',
      'Wigan and Bolton run 140 and 95 cameras respectively, up from 120 and 80 in 2015.',
      [
        ['respectively', 140, 'Wigan'],
        ['respectively', 95, 'Bolton'],
      ],
    ],
    [
      'counts of cameras in the list',
      'Wigan, Bolton and Bury run 140, 95 and 60 CCTV cameras respectively.',
      [
        ['respectively', 140, 'Wigan'],
        ['respectively', 95, 'Bolton'],
        ['respectively', 60, 'Bury'],
      ],
    ],
    [
      'changes with a count in the first',
      'Bolsover and Havant councils cut their CCTV, dropping from 91 to 51 cameras and from 72 to 47 respectively.',
      [
        ['respectively', 51, 'Bolsover'],
        ['respectively', 47, 'Havant'],
      ],
    ],
    [
      'changes with a double space after "from"',
      'Bolsover and Havant cut their cameras, dropping from  91 to 51 and 72 to 47 respectively.',
      [
        ['respectively', 51, 'Bolsover'],
        ['respectively', 47, 'Havant'],
      ],
    ],
    [
      'changes with a double space after "to"',
      'Bolsover and Havant cut their cameras, dropping from 91 to  51 and 72 to  47 respectively.',
      [
        ['respectively', 51, 'Bolsover'],
        ['respectively', 47, 'Havant'],
      ],
    ],
    [
      'cameras after a sum spent between the councils',
      'Wigan and Bolton, which spent £1.2m between them, run 140 and 95 cameras respectively.',
      [
        ['clause', 1200000, null],
        ['respectively', 140, 'Wigan'],
        ['respectively', 95, 'Bolton'],
      ],
    ],
    [
      'money spent on surveillance',
      'Wigan and Bolton spent £90,000 and £60,000 respectively on surveillance last year.',
      [
        ['respectively', 90000, 'Wigan'],
        ['respectively', 60000, 'Bolton'],
      ],
    ],
    [
      'money with earlier sums after the list',
      'Wigan and Bolton spent £90,000 and £60,000 respectively on CCTV, up from £70,000 and £50,000.',
      [
        ['respectively', 90000, 'Wigan'],
        ['respectively', 60000, 'Bolton'],
        ['clause', 70000, null],
        ['clause', 50000, null],
      ],
    ],
    [
      'money for three councils but two sums',
      'Wigan, Bolton and Bury spent £90,000 and £60,000 respectively on CCTV.',
      [
        ['clause', 90000, null],
        ['clause', 60000, null],
      ],
    ],
    [
      'money for one council on two things',
      'Wigan spent £90,000 and £20,000 on cameras and staff respectively.',
      [
        ['clause', 90000, null],
        ['clause', 20000, null],
      ],
    ],
    [
      'cameras for one council, and the years they came',
      'Wigan switched on 40 new cameras and a control room in 2015 and 2016 respectively.',
      [['clause', 40, null]],
    ],
    [
      'money for one council, and the years it was spent',
      'Wigan spent £90,000 on cameras and a control room in 2015 and 2016 respectively.',
      [['clause', 90000, null]],
    ],
    [
      'cameras of one council in two places',
      'Wigan runs 140 and 20 cameras in the town centre and car parks respectively.',
      [['clause', 20, null]],
    ],
    [
      'one number each with a double space',
      'Portsmouth and Nottinghamshire control the most CCTV cameras, with 1,454  each.',
      [
        ['each', 1454, 'Portsmouth'],
        ['each', 1454, 'Nottinghamshire'],
      ],
    ],
    [
      'one number each written without a comma',
      'Portsmouth and Nottinghamshire control the most CCTV cameras, with 1454 each.',
      [
        ['each', 1454, 'Portsmouth'],
        ['each', 1454, 'Nottinghamshire'],
      ],
    ],
    [
      'one number each above any year',
      'Portsmouth and Nottinghamshire control the most CCTV cameras, with 2454 each.',
      [
        ['each', 2454, 'Portsmouth'],
        ['each', 2454, 'Nottinghamshire'],
      ],
    ],
    [
      'the former and the latter after a third council',
      'Camden has 1,000 cameras, but Hackney and Hammersmith & Fulham have more, with 2,900 in the former and 1,150 in the latter.',
      [
        ['clause', 1000, null],
        ['former-latter', 2900, 'Hackney'],
        ['former-latter', 1150, 'Hammersmith & Fulham'],
      ],
    ],
    [
      'the former and the latter after another number',
      'Only Hackney and Hammersmith & Fulham, of 32 London boroughs, have more cameras, with 2,900 in the former and 1,150 in the latter.',
      [
        ['former-latter', 2900, 'Hackney'],
        ['former-latter', 1150, 'Hammersmith & Fulham'],
      ],
    ],
    [
      'the former and the latter before another number',
      'Hackney and Hammersmith & Fulham have the most cameras, with 2,900 in the former and 1,150 in the latter; the average is 600.',
      [
        ['former-latter', 2900, 'Hackney'],
        ['former-latter', 1150, 'Hammersmith & Fulham'],
      ],
    ],
    [
      'the former and the latter right after the councils',
      'Hackney and Hammersmith & Fulham, with 2,900 in the former and 1,150 in the latter, have the most cameras.',
      [
        ['former-latter', 2900, 'Hackney'],
        ['former-latter', 1150, 'Hammersmith & Fulham'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(frames(text)).toEqual(expected);
  });

  it('does not pair a list with a council named before it that the list leaves out', () => {
    const text = 'Like Bury, Wigan and Bolton have expanded their CCTV networks, to 140 and 95 cameras respectively.';
    expect(frames(text).filter(([, , actor]) => actor === 'Bury')).toEqual([]);
  });

  it.each([
    '2,900  in the former and 1,150 in the latter',
    '2,900 in  the former and 1,150 in the latter',
    '2,900 in the  former and 1,150 in the latter',
    '2,900 in the former  and 1,150 in the latter',
    '2,900 in the former and  1,150 in the latter',
    '2,900 in the former and 1,150  in the latter',
    '2,900 in the former and 1,150 in  the latter',
    '2,900 in the former and 1,150 in the  latter',
  ])('reads "the former ... the latter" with a double space: "%s"', (words) => {
    expect(frames(`Hackney and Hammersmith & Fulham have the most cameras, with ${words}.`)).toEqual([
      ['former-latter', 2900, 'Hackney'],
      ['former-latter', 1150, 'Hammersmith & Fulham'],
    ]);
  });
});

describe('frames: lists told council by council', () => {
  it('reads a council set off by commas before its number', () => {
    expect(frames('Kirklees runs 610 cameras, ahead of Calderdale, with 420.')).toEqual([
      ['clause', 610, null],
      ['list', 420, 'Calderdale'],
    ]);
  });

  it("reads a list number as cameras when the council's count of cameras came before its cost", () => {
    expect(units('Wigan runs 95 cameras at a cost of £90,000, and Bolton 80.')).toEqual([
      ['clause', 95, 'cameras'],
      ['clause', 90000, 'money'],
      ['list', 80, 'cameras'],
    ]);
  });

  it('does not read a list number again once "the former and the latter" gave it', () => {
    expect(
      frames(
        'Hackney and Hammersmith & Fulham, with 2,900 in the former and 1,150 in the latter, have the most cameras.',
      ),
    ).toEqual([
      ['former-latter', 2900, 'Hackney'],
      ['former-latter', 1150, 'Hammersmith & Fulham'],
    ]);
  });

  it('does not read a number of "the former and the latter" as a list entry after a count', () => {
    const text =
      'Camden has 1,000 cameras, but Hackney and Hammersmith & Fulham, with 2,900 in the former and 1,150 in the latter, have more.';
    expect(frames(text)).toEqual([
      ['clause', 1000, null],
      ['former-latter', 2900, 'Hackney'],
      ['former-latter', 1150, 'Hammersmith & Fulham'],
    ]);
  });

  it('does not carry a count of cameras on to a sentence about money', () => {
    const text = 'Leeds runs 470 cameras. Bradford has 12 CCTV operators and spends £400,000 a year.';
    expect(frames(text, 'cameras')).toEqual([['clause', 400000, null]]);
  });
});

describe('frames: headed list items', () => {
  it.each([
    [
      'an item that names London',
      'Most cameras by council\n\n• 362 in Tower Hamlets, the most in London',
      [['item', 362, 'Tower Hamlets']],
    ],
    [
      'an item dated by a year',
      'Most cameras by council\n\n• Tower Hamlets: 362, as of March 2019',
      [['item', 362, 'Tower Hamlets']],
    ],
    ['an item whose count looks like a year', 'Most cameras by council\n\n• 2044 Hackney', [['item', 2044, 'Hackney']]],
    ['an item under a heading about something else', 'Complaints by council\n\n• 362 Tower Hamlets', []],
  ])('%s', (_, text, expected) => {
    expect(frames(text)).toEqual(expected);
  });

  it('reads an item once when a count carried from the sentence before already made it a list entry', () => {
    const text = 'Bolton runs 140 cameras, but these councils run more:\n\n• Wigan 295';
    expect(frames(text, 'cameras')).toEqual([['list', 295, 'Wigan']]);
  });
});

describe('frames: table rows', () => {
  /** [value, council, column, cell text] of a table's last row. */
  function rows(text: string) {
    const last = segment(text).at(-1)!;
    return buildFrames(last, findMentions(last, 2018, new Map())).map((f) => [
      f.figure.value,
      f.actor?.text ?? null,
      f.column,
      last.text.slice(...f.clause),
    ]);
  }

  it.each([
    [
      'cells parted by bars',
      'Council | 2017-18 spend | Cameras\nWigan | £120,000 | 40',
      [
        [120000, 'Wigan', '2017-18 spend', ' £120,000 '],
        [40, 'Wigan', 'Cameras', ' 40'],
      ],
    ],
    [
      'cells parted by tabs',
      'Council\tSpend\tCameras\nWigan\t£120,000\t40',
      [
        [120000, 'Wigan', 'Spend', '£120,000'],
        [40, 'Wigan', 'Cameras', '40'],
      ],
    ],
    ['a total row for England', 'Council | Cameras\nEngland | 41,000', [[41000, null, 'Cameras', ' 41,000']]],
    [
      'an empty cell before a count',
      'Council | Cameras 2017 | Cameras 2018\nWigan | n/a | 40',
      [[40, 'Wigan', 'Cameras 2018', ' 40']],
    ],
    ['a cell beyond the headings', 'Council | Cameras\nWigan | 95 | £120,000', [[95, 'Wigan', 'Cameras', ' 95 ']]],
  ])('%s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('frames: bare levels with a double space', () => {
  it.each([
    'from  92 to 300',
    'from 92  to 300',
    'from 92 to  300',
    'from 92 to more  than 300',
    'from 92 to more than  300',
    'from 92 to over  300',
    'from 92 to almost  300',
    'from 92 to nearly  300',
    'from 92 to around  300',
    'from 92 to about  300',
    'from 151 to 300',
    'from 9 to 300',
  ])('"the number of cameras has risen %s"', (words) => {
    expect(frames(`The number of cameras has risen ${words}.`)).toEqual([['clause', 300, null]]);
  });

  it.each([
    'with  2,083',
    'with more  than 2,083',
    'with more than  2,083',
    'with over  2,083',
    'with almost  2,083',
    'with nearly  2,083',
    'with around  2,083',
    'with about  2,083',
    'with just  2,083',
    'with 2,083 in  total',
    'with 2,083 in  all',
  ])('"Leicester has the most CCTV cameras, %s."', (words) => {
    expect(frames(`Leicester has the most CCTV cameras, ${words}.`)).toEqual([['clause', 2083, null]]);
  });

  it.each([
    '522  that already cover Leicester',
    '522 that  already cover Leicester',
    '522 which  currently cover Leicester',
    '65 that are  currently in use',
  ])('"the new cameras will be added to %s"', (words) => {
    const value = Number(/\d+/.exec(words)![0]);
    expect(frames(`The new cameras will be added to ${words}.`)).toEqual([['clause', value, null]]);
  });

  it.each([
    ['a rise told early in a long sentence', 'CCTV cameras rose from 92 to 300 across the borough last year.', 300],
    ['a total in a headline', 'Leicester has most CCTV cameras in England with 2,083', 2083],
  ])('%s', (_, text, value) => {
    expect(frames(text)).toEqual([['clause', value, null]]);
  });
});

describe('a headed item already read as a list', () => {
  it('gives no second count from a year in it', () => {
    const lead = 'Cameras by council:';
    expect(frames(`${lead}\n• Tower Hamlets: 362, as of March 2019`, 'cameras')).toEqual([
      ['list', 362, 'Tower Hamlets'],
    ]);
  });
});

describe('"the former and the latter"', () => {
  it('pairs with the last two councils named, passing over one they are compared with', () => {
    expect(
      frames(
        'Only Hackney and Hammersmith & Fulham have more cameras than Camden, with 2,900 in the former and 1,150 in the latter.',
      ),
    ).toEqual([
      ['former-latter', 2900, 'Hackney'],
      ['former-latter', 1150, 'Hammersmith & Fulham'],
    ]);
  });
});

describe('a list carried from the sentence before', () => {
  it('takes no number that says it counts something else', () => {
    expect(frames('Bradford has 12 CCTV operators.', 'cameras')).toEqual([]);
    expect(frames('Bradford has 12 staff in its control room.', 'cameras')).toEqual([]);
    expect(frames('Bradford is second with 362.', 'cameras')).toEqual([['list', 362, 'Bradford']]);
  });
});

describe('a bare level after "with"', () => {
  it('may end with "overall"', () => {
    expect(frames('Leicester has the most CCTV cameras, with 2,083 overall.')).toEqual([['clause', 2083, null]]);
  });
});

describe('a table without a header row', () => {
  it('reads each row’s figures under the line before the table', () => {
    expect(
      frames('West Yorkshire councils’ spending on CCTV, 2018-19:\nLeeds\t£1,900,000\nKirklees\t£680,000'),
    ).toEqual([['row', 680000, 'Kirklees']]);
  });
});
