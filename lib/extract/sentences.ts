export interface Sentence {
  text: string;
  /** Offsets of the trimmed sentence in the article. */
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en-GB', { granularity: 'sentence' });

/**
 * The article's sentences, trimmed, with their offsets. Paragraph breaks always end a
 * sentence (headlines and quotes often have no full stop).
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const para of text.matchAll(/[^\n]+/g)) {
    const base = para.index ?? 0;
    for (const seg of segmenter.segment(para[0])) {
      const lead = seg.segment.length - seg.segment.trimStart().length;
      const body = seg.segment.trim();
      if (!body) continue;
      const start = base + seg.index + lead;
      out.push({ text: body, start, end: start + body.length });
    }
  }
  return out;
}
