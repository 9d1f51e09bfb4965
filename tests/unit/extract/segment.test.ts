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
  /** [kind, text] of each segment, after checking every segment's offsets slice back to its text. */
  const kinds = (article: string) => {
    const found = segment(article);
    for (const s of found) expect(article.slice(s.start, s.end)).toBe(s.text);
    return found.map((s) => [s.kind, s.text]);
  };

  it('skips blank lines that hold only spaces and keeps offsets of indented paragraphs', () => {
    const article = 'Wigan CCTV bill revealed\n   \n    Wigan Council spent £83,000 on CCTV. It has 40 cameras.';
    expect(kinds(article)).toEqual([
      ['heading', 'Wigan CCTV bill revealed'],
      ['sentence', 'Wigan Council spent £83,000 on CCTV.'],
      ['sentence', 'It has 40 cameras.'],
    ]);
  });

  it('splits a list item that runs to two sentences, each with the list’s lead line', () => {
    const article = 'Most cameras by council\n• Wigan: 547 cameras. Up from 400 in 2015.\n• Bolton: 120';
    expect(kinds(article)).toEqual([
      ['heading', 'Most cameras by council'],
      ['item', 'Wigan: 547 cameras.'],
      ['item', 'Up from 400 in 2015.'],
      ['item', 'Bolton: 120'],
    ]);
    expect(segment(article).map((s) => s.lead?.text ?? null)).toEqual([
      null,
      'Most cameras by council',
      'Most cameras by council',
      'Most cameras by council',
    ]);
  });

  it('joins a figure standing alone only to the one sentence after it', () => {
    const article = '£1.05 million. That is what CCTV cost Wigan in 2018/19. The council says the cameras cut crime.';
    expect(kinds(article)).toEqual([
      ['sentence', '£1.05 million. That is what CCTV cost Wigan in 2018/19.'],
      ['sentence', 'The council says the cameras cut crime.'],
    ]);
  });

  it('gives an answer the question just before it, wherever it stands in the article', () => {
    const s = segment(
      'CCTV costs revealed\nWigan Council answered our questions.\nHow much did the council spend on CCTV in 2018/19?\n£83,000.',
    );
    expect(s.map((x) => [x.kind, x.lead?.text ?? null])).toEqual([
      ['heading', null],
      ['sentence', null],
      ['sentence', null],
      ['sentence', 'How much did the council spend on CCTV in 2018/19?'],
    ]);
  });

  it('keeps a row with an empty cell in its table', () => {
    const s = segment('Council | Spend | Cameras\nWigan | £120,000 | 547\nBolton | | 120');
    expect(s.map((x) => [x.kind, x.text, x.header?.text ?? null])).toEqual([
      ['row', 'Council | Spend | Cameras', null],
      ['row', 'Wigan | £120,000 | 547', 'Council | Spend | Cameras'],
      ['row', 'Bolton | | 120', 'Council | Spend | Cameras'],
    ]);
  });

  it.each([
    ['a blank row', 'Council | Cameras\nWigan | 547\n| | |', '| | |'],
    [
      'a one-cell footnote',
      'Council | Cameras\nWigan | 547\n| Source: FOI requests to each council',
      '| Source: FOI requests to each council',
    ],
  ])('does not read %s as a table row', (_, article, line) => {
    const found = segment(article).find((s) => s.text === line);
    expect(found?.kind).not.toBe('row');
  });

  /** A standfirst that lost its full stop: too long for a heading. */
  const long =
    'Figures obtained by the Local Democracy Reporting Service show the council spent £83,000 on CCTV in 2017-18, ' +
    'up from £61,000 the year before, with more cameras planned';
  /** A photo caption of exactly 160 characters. */
  const caption =
    'Wigan Council’s new control room in the town hall basement, where staff watch the feeds from 547 cameras ' +
    'around the borough day and night, pictured last Tuesday';
  it.each([
    ['Revealed: how much your council spends on CCTV', 'heading'],
    ['Cameras cost money.', 'sentence'],
    [caption, 'heading'],
    [long, 'sentence'],
  ])('reads a line by its closing punctuation and its length: %s', (line, kind) => {
    expect(segment(line).map((s) => s.kind)).toEqual([kind]);
  });

  it('draws the heading line at 160 characters', () => {
    expect(caption.length).toBe(160);
    expect(long.length).toBeGreaterThan(160);
  });
});

describe('a blank table row', () => {
  it('is skipped: the rows after it keep the table’s header', () => {
    const text = 'Council | Spend | Cameras\nWigan | £120,000 | 547\n| | |\nBury | £60,000 | 80';
    expect(segment(text).map((s) => [s.kind, s.text, s.header?.text ?? null])).toEqual([
      ['row', 'Council | Spend | Cameras', null],
      ['row', 'Wigan | £120,000 | 547', 'Council | Spend | Cameras'],
      ['row', 'Bury | £60,000 | 80', 'Council | Spend | Cameras'],
    ]);
  });
});

describe('an FOI reply set out as questions and answers', () => {
  it('drops "Q2." and "A." and gives each answer line its question', () => {
    const text = [
      'Q2. What was the council’s total expenditure on CCTV in each of the last three financial years?',
      'A. 2017/18: £214,600',
      '2018/19: £221,300',
      'Q3. What is the council’s CCTV budget for 2020/21?',
      'A. £236,000.',
      'Councillors will discuss the figures in 2021.',
    ].join('\n');
    expect(segment(text).map((s) => [s.kind, s.text, s.lead?.text.slice(0, 11) ?? null])).toEqual([
      ['sentence', 'What was the council’s total expenditure on CCTV in each of the last three financial years?', null],
      ['sentence', '2017/18: £214,600', 'What was th'],
      ['sentence', '2018/19: £221,300', 'What was th'],
      ['sentence', 'What is the council’s CCTV budget for 2020/21?', null],
      ['sentence', '£236,000.', 'What is the'],
      ['sentence', 'Councillors will discuss the figures in 2021.', null],
    ]);
  });
});
