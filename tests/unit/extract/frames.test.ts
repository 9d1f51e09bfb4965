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
