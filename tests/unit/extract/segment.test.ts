import { describe, expect, it } from 'vitest';
import { segment } from '../../../lib/extract/segment';

describe('segment: the units facts are told in', () => {
  const text = [
    'Most cameras by council',
    '',
    'Islington - 1,800',
    '• 362 Tower Hamlets',
    '',
    'Wigan Council spent £83,000. It has 40 cameras.',
    '',
    'Council | 2017-18 spend | Cameras',
    'Wigan | £120,000 | 40',
  ].join('\n');
  const segs = segment(text);

  it('finds headings, list items, sentences and table rows, with offsets into the article', () => {
    expect(segs.map((s) => [s.kind, s.text])).toEqual([
      ['heading', 'Most cameras by council'],
      ['item', 'Islington - 1,800'],
      ['item', '362 Tower Hamlets'],
      ['sentence', 'Wigan Council spent £83,000.'],
      ['sentence', 'It has 40 cameras.'],
      ['row', 'Council | 2017-18 spend | Cameras'],
      ['row', 'Wigan | £120,000 | 40'],
    ]);
    for (const s of segs) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('gives list items the line that introduces them, and table rows their header row', () => {
    expect(segs[1]?.lead?.text).toBe('Most cameras by council');
    expect(segs[2]?.lead?.text).toBe('Most cameras by council');
    expect(segs[5]?.header).toBeNull();
    expect(segs[6]?.header?.text).toBe('Council | 2017-18 spend | Cameras');
    expect(segs[6]?.lead?.text).toBe('It has 40 cameras.');
  });

  it('ends a table at the first line that is not a row', () => {
    const s = segment('A | B\nc | 1\n\nPlain sentence here.\nd | 2');
    expect(s.map((x) => [x.kind, x.header?.text ?? null])).toEqual([
      ['row', null],
      ['row', 'A | B'],
      ['sentence', null],
      ['row', null],
    ]);
  });

  it('joins a figure standing alone to the sentence that tells it, and gives an answer its question', () => {
    const s = segment(
      '£1.05 million. That is what CCTV cost Wigan in 2018/19.\nWhat was the budget for 2019/20?\n£90,000.',
    );
    expect(s.map((x) => [x.kind, x.text, x.lead?.text ?? null])).toEqual([
      ['sentence', '£1.05 million. That is what CCTV cost Wigan in 2018/19.', null],
      ['sentence', 'What was the budget for 2019/20?', null],
      ['sentence', '£90,000.', 'What was the budget for 2019/20?'],
    ]);
  });

  it('reads a line with closing punctuation as running text, not a heading', () => {
    expect(segment('Cameras cost money.')[0]?.kind).toBe('sentence');
    expect(segment('Cameras cost money')[0]?.kind).toBe('heading');
  });
});
