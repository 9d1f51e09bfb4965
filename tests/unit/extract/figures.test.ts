import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../lib/extract/figures';

/** [kind, value, the figure's own text, unit] of each figure. */
const figs = (text: string, aboutCctv = false) =>
  findFigures(text, aboutCctv).map((f) => [
    f.kind,
    f.value,
    text.slice(f.start, f.end),
    f.kind === 'count' ? f.unit : null,
  ]);

describe('figures: numbers that may be facts', () => {
  it.each([
    ['Wigan runs 547 cameras.', [['count', 547, '547', 'cameras']]],
    ['All 41 of the borough’s cameras are digital.', [['count', 41, '41', 'cameras']]],
    ['Every one of its 12 CCTV cameras works.', [['count', 12, '12', 'cameras']]],
    ['the 220-strong camera network', [['count', 220, '220', 'cameras']]],
    ['a 134-camera network', [['count', 134, '134', 'cameras']]],
    ['the 40-strong CCTV system', [['count', 40, '40', 'cameras']]],
    ['It had "more than 600" cameras.', [['count', 600, '600', 'cameras']]],
    ['cameras at 42 sites, on CCTV', [['count', 42, '42', 'camera_sites']]],
    ['the top five camera cuts', []],
    ['one camera for every 900 residents', [['count', 1, 'one', 'cameras']]],
    ['In 2016 cameras were added.', []],
    ['11 staff and 150 cameras', [['count', 150, '150', 'cameras']]],
    ['14 staff monitoring its cameras', []],
    ['47 working cameras', [['count', 47, '47', 'cameras']]],
    ['85 devices', []],
    [
      '176 councils spent more than Wigan, while nine spent more than £1.5 million each.',
      [
        ['councils_more', 176, '176', null],
        ['councils_over', 9, 'nine', null],
      ],
    ],
    ['Six councils spent more than £1m on CCTV.', [['councils_over', 6, 'Six', null]]],
    [
      'Wigan spent £83,000 and £1.2m.',
      [
        ['money', 83000, '£83,000', null],
        ['money', 1200000, '£1.2m', null],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(figs(text)).toEqual(expected);
  });

  it('leaves devices and sites uncounted when neither the sentence nor the article is about CCTV', () => {
    expect(findFigures('The depot stores 85 devices.')).toEqual([]);
    expect(findFigures('Libraries open at 30 sites.')).toEqual([]);
  });

  it.each([
    // A threshold needs money where "more than" ends; a percentage is not one.
    [
      'Four councils spent more than 5 per cent of their budget on CCTV, about £250,000 each.',
      [['money', 250000, '£250,000', null]],
    ],
    ['Four councils spent more than 5 per cent of their budget on CCTV.', []],
    // "councils that outspent Wigan" describes the six; the fact is the £1m threshold.
    ['Six councils that outspent Wigan spent more than £1m each.', [['councils_over', 6, 'Six', null]]],
    // The cameras describe which councils are counted; they are no council's camera count.
    [
      'Three councils running more than 500 cameras each spent more than £1m on CCTV.',
      [['councils_over', 3, 'Three', null]],
    ],
    [
      'Four authorities that upgraded all 200 of their cameras spent more than £1m.',
      [['councils_over', 4, 'Four', null]],
    ],
    [
      'Three councils, each with a 300-strong CCTV network, spent more than £2m.',
      [['councils_over', 3, 'Three', null]],
    ],
    // Money after a claimed threshold is still found.
    [
      'Six councils spent more than £1m, and Wigan spent £83,000.',
      [
        ['councils_over', 6, 'Six', null],
        ['money', 83000, '£83,000', null],
      ],
    ],
    // "Councils" opens the sentence: the elliptical "four" still means four councils.
    [
      'Councils across Greater Manchester have been splashing out on CCTV, and four spent more than £1m each.',
      [['councils_over', 4, 'four', null]],
    ],
    // Schools, not councils: "12 spent more than" is no count of councils.
    ['Of the 40 schools that replied, 12 spent more than £5,000 on CCTV.', [['money', 5000, '£5,000', null]]],
  ])('compound figures: %s', (text, expected) => {
    expect(figs(text)).toEqual(expected);
  });

  it.each([
    // Camera totals in FOI replies are often printed without a thousands comma; they are not years.
    ['Across the county, 12000 cameras feed into the police control room.', [['count', 12000, '12000', 'cameras']]],
    ['An FOI reply put the total at 20500 cameras.', [['count', 20500, '20500', 'cameras']]],
    // A year said in words, as in a transcribed quote, is not a count either.
    ['A councillor said: "Since twenty nineteen cameras have gone up on every estate."', []],
    ['"In twenty nineteen councils spent more than £1bn on cameras," she said.', [['money', 1e9, '£1bn', null]]],
    ['He said: "Back in twenty nineteen councils spent more on CCTV than on parks."', []],
    // A singular "camera" before another noun describes it, however the number is written.
    ['Twenty-five camera poles are to be removed.', []],
    ['The council approved 1,200 camera licences.', []],
    ['The council will take down five old camera poles.', []],
    ['the top five camera  cuts, in pasted copy with a double space', []],
    // ... but a stray apostrophe does not make "camera's" describe the words after it.
    ["Wigan has put up 12 camera's in the park, residents were told.", [['count', 12, '12', 'cameras']]],
    [
      'Wigan spent £83,000 upgrading all 41 of its cameras.',
      [
        ['money', 83000, '£83,000', null],
        ['count', 41, '41', 'cameras'],
      ],
    ],
    [
      'Wigan spent £40,000 on its 134-camera network.',
      [
        ['money', 40000, '£40,000', null],
        ['count', 134, '134', 'cameras'],
      ],
    ],
  ])('counts: %s', (text, expected) => {
    expect(figs(text)).toEqual(expected);
  });

  it.each([
    [
      'Bolton has 47 working cameras.',
      { kind: 'count', start: 11, end: 13, value: 47, unit: 'cameras', modifier: 'working' },
    ],
    ['Bolton has 47 cameras.', { kind: 'count', start: 11, end: 13, value: 47, unit: 'cameras', modifier: '' }],
    [
      'Council bosses say all 41 of the borough’s cameras are digital.',
      { kind: 'count', start: 23, end: 25, value: 41, unit: 'cameras', modifier: '' },
    ],
    [
      'Bury’s 220-strong camera network',
      { kind: 'count', start: 7, end: 10, value: 220, unit: 'cameras', modifier: '' },
    ],
  ])('keeps the words between a count and its noun: %s', (text, expected) => {
    expect(findFigures(text)).toEqual([expected]);
  });

  it('counts devices and sites in an article about CCTV even where the sentence does not say so', () => {
    expect(figs('85 devices', true)).toEqual([['count', 85, '85', 'cameras']]);
    expect(figs('at 30 sites', true)).toEqual([['count', 30, '30', 'camera_sites']]);
  });

  it('gives each number to one figure only', () => {
    const text = 'All 41 of the 41-strong camera network, and six councils spent more than £1m.';
    const found = findFigures(text);
    for (const [i, f] of found.entries()) for (const g of found.slice(i + 1)) expect(g.start >= f.end).toBe(true);
  });
});

describe('councils over a threshold', () => {
  const overs = (s: string) =>
    findFigures(s)
      .filter((f) => f.kind === 'councils_over')
      .map((f) => [f.value, f.kind === 'councils_over' ? f.threshold : null]);

  it('are found once when both ways of saying it match', () => {
    expect(overs('Wigan spent £400,000, and nine of them spent more than £1m.')).toEqual([[9, 1000000]]);
  });

  it('are the councils of "nine of them", not all those surveyed', () => {
    expect(overs('Of the 176 councils surveyed, nine of them spent more than £1m.')).toEqual([[9, 1000000]]);
  });
});

describe('a singular "camera" before another word', () => {
  it('describes it in a headline written in capitals too', () => {
    expect(findFigures('Council Approves Five Camera Upgrades')).toEqual([]);
    expect(findFigures('Council approves five camera upgrades')).toEqual([]);
  });
});
