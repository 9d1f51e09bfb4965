import { splitSentences } from './sentences';

/**
 * Stage 1, segment: the article as the units facts are told in. A sentence of running text;
 * a heading (a line with no closing punctuation: headlines, captions, "Most cameras by
 * council"); a list item ("• 362 Tower Hamlets", "Islington - 1,800"); a table row
 * ("Wigan | £1.2m | 547"). Items and rows keep the line that introduces their list, which
 * says what their numbers count.
 */
type SegmentKind = 'sentence' | 'heading' | 'item' | 'row';

export interface Segment {
  kind: SegmentKind;
  /** The segment's text, trimmed (an item without its bullet). */
  text: string;
  /** Offsets of `text` in the article. */
  start: number;
  end: number;
  /**
   * For items and rows: the heading or sentence just above the list. For a sentence: the
   * question it answers, when the segment before it is one. Else null.
   */
  lead: Segment | null;
  /** For rows: the first row of the table (its column headings), else null. */
  header: Segment | null;
}

const BULLET = /^(?:[•●▪◦·*]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s*/u;
/** "Islington - 1,800", "Islington: 1,800", "362 Tower Hamlets": a name and a number, nothing else. */
const NAME_NUMBER =
  /^(?:\p{Lu}[\p{L}&'’. -]{1,60}?\s*[-–—:]\s*£?\d[\d,]*(?:\.\d+)?\s*(?:m|k|million)?|\d[\d,]*\s+\p{Lu}[\p{L}&'’. -]{1,60})$/u;
const FIGURE_ALONE = /^[£\uFFFD]?\d[\d,]*(?:\.\d+)?\s*(?:m|k|bn|million|billion)?[.!:]?$/i;
/** "Q2. ", "A. ", "Question 3: ", "Answer: " opening a line of an FOI reply. */
const QA_MARKER = /^(?:Q\d*|A\d*|Question\s*\d*|Answer\s*\d*)[.:)]\s+/;
/** A short line with a figure ("2018/19: £221,300") goes on answering the question above it. */
const SHORT_FIGURE_LINE =
  /^(?=.{1,60}$)(?!.*\?$)(?:.*[£\uFFFD]\s?\d|(?:19|20)\d{2}(?:\s?[-–/]\s?\d{2,4})?\s*[:–-]\s*\d)/u;
const CELL_SPLIT = /\s*\|\s*|\t+/;

/** A line with no closing punctuation and not too long is a heading, caption or label. */
const isHeading = (line: string) => line.length <= 160 && !/[.!?:;"”’)]$/.test(line);

function rowCells(line: string): string[] | null {
  const cells = line.replace(/^\||\|$/g, '').split(CELL_SPLIT);
  return cells.length >= 2 && cells.some((c) => c.trim()) ? cells : null;
}

/** Years in a header row ("2017-18 spend", "2016/17"): words, not figures. */
const YEARS = /\b(?:19|20)\d{2}(?:\s?[-–/]\s?\d{2,4})?\b/g;

export function segment(text: string): Segment[] {
  const out: Segment[] = [];
  let lead: Segment | null = null;
  let header: Segment | null = null;
  for (const para of text.matchAll(/[^\n]+/g)) {
    const raw = para[0];
    const base = para.index ?? 0;
    const line = raw.trim();
    if (!line || /^[|\s]+$/.test(line)) continue; // a blank table row
    const marker = QA_MARKER.exec(line)?.[0] ?? '';
    const trimmed = line.slice(marker.length);
    const at = base + raw.indexOf(line) + marker.length;
    // The question a line answers: the segment before it, when that is a question, or the question
    // of the answer line before it when this one is a short line with a figure.
    const prev = out.at(-1);
    const question = prev?.text.endsWith('?')
      ? prev
      : prev?.lead?.text.endsWith('?') && prev.kind === 'sentence' && SHORT_FIGURE_LINE.test(trimmed)
        ? prev.lead
        : null;
    const bullet = BULLET.exec(trimmed);
    const body = bullet ? trimmed.slice(bullet[0].length) : trimmed;
    const offset = at + (bullet ? bullet[0].length : 0);

    if (rowCells(trimmed)) {
      const row: Segment = { kind: 'row', text: trimmed, start: at, end: at + trimmed.length, lead, header };
      // A first row of words heads the table; one with figures is data in a table without a header.
      if (!header && !/[\d£\uFFFD]/.test(trimmed.replace(YEARS, ''))) {
        header = row;
        row.header = null;
      }
      out.push(row);
      continue;
    }
    header = null;
    if (bullet || NAME_NUMBER.test(trimmed)) {
      for (const s of splitSentences(body)) {
        out.push({ kind: 'item', text: s.text, start: offset + s.start, end: offset + s.end, lead, header: null });
      }
      continue;
    }
    if (isHeading(trimmed) && !question) {
      const heading: Segment = {
        kind: 'heading',
        text: trimmed,
        start: at,
        end: at + trimmed.length,
        lead: null,
        header: null,
      };
      out.push(heading);
      lead = heading;
      continue;
    }
    const parts = splitSentences(trimmed);
    for (let i = 0; i < parts.length; i++) {
      const opening = i === 0;
      let s = parts[i]!;
      // "£1.05 million. That is how much it cost ...": a figure standing alone is told by the next sentence.
      const next = parts[i + 1];
      if (next && FIGURE_ALONE.test(s.text)) {
        s = { text: trimmed.slice(s.start, next.end), start: s.start, end: next.end };
        i++;
      }
      // An answer takes its metric and year from the question before it (a council's FOI reply).
      const sentence: Segment = {
        kind: 'sentence',
        text: s.text,
        start: at + s.start,
        end: at + s.end,
        lead: opening ? question : null,
        header: null,
      };
      out.push(sentence);
      lead = sentence;
    }
  }
  return out;
}
