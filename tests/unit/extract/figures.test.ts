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
