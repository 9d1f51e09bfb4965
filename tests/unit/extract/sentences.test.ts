import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/extract/sentences';

describe('sentences', () => {
  it('keeps offsets into the article and splits at paragraph breaks', () => {
    const text = 'Headline with no stop\n\nFirst sentence. Second one £1.2m.';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['Headline with no stop', 'First sentence.', 'Second one £1.2m.']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});
