import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/extract/sentences';

describe('sentences', () => {
  it('keeps offsets into the article and splits at paragraph breaks', () => {
    const text = 'Headline with no stop\n\nFirst sentence. Second one £1.2m.';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['Headline with no stop', 'First sentence.', 'Second one £1.2m.']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
  it('skips lines of spaces and keeps the offsets of an indented paragraph', () => {
    const text = 'CCTV bill revealed\n   \n  The council spent £83,000. It has 40 cameras.';
    const s = splitSentences(text);
    expect(s.map((x) => [x.text, x.start])).toEqual([
      ['CCTV bill revealed', 0],
      ['The council spent £83,000.', 25],
      ['It has 40 cameras.', 52],
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});
