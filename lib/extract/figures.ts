import { COUNT_SOURCE, findMoney, parseCount } from './numbers';
import { CCTV_TERMS } from './patterns';
import { anyOf, regex } from './regex';

/** A number in a sentence that may be a fact, before its council and year are known. */
export type Figure =
  | { kind: 'money'; start: number; end: number; value: number }
  | { kind: 'count'; start: number; end: number; value: number; unit: 'cameras' | 'camera_sites'; modifier: string }
  /** "176 councils spent more (than X)". */
  | { kind: 'councils_more'; start: number; end: number; value: number }
  /** "six councils spent more than £1 million": `threshold` in pounds. */
  | { kind: 'councils_over'; start: number; end: number; value: number; threshold: number; thresholdStart: number };

const GROUP = String.raw`(?:(?:other\s+|English\s+|local\s+)?(?:councils|local\s+authorities|authorities)\b|of\s+(?:them|those)\b)`;
const SPEND_VERB = anyOf(
  'spent|spending|spend|spends|poured|pouring|paid|paying|invested',
  String.raw`splashed\s+out|splashing\s+out|forked\s+out`,
);
const MORE_THAN = String.raw`(?:more\s+than|over|in\s+excess\s+of|upwards\s+of|at\s+least|above)`;

/** What may stand between "176 councils" and their verb: no other verb, group or clause. */
const BETWEEN = String.raw`((?:(?!\b(?:${SPEND_VERB}|councils|authorities|and|but|while|of\s+(?:them|those))\b)[^.;£]){0,80}?)`;

const COUNCILS_OVER_RE = new RegExp(
  String.raw`(?<![\w£.,])(${COUNT_SOURCE})\s+${GROUP}${BETWEEN}\b${SPEND_VERB}\s+${MORE_THAN}\s+(?=£|\d)`,
  'gi',
);
const COUNCILS_OVER_ELLIPTICAL_RE = new RegExp(
  String.raw`(?<=\b(?:while|and|but|whereas)\s+|,\s+)(${COUNT_SOURCE})\s+(?:of\s+them\s+|others?\s+)?` +
    String.raw`(?:${SPEND_VERB})\s+${MORE_THAN}\s+(?=£|\d)`,
  'gi',
);
const COUNCILS_MORE_RE = new RegExp(
  String.raw`(?<![\w£.,])(${COUNT_SOURCE})\s+${GROUP}${BETWEEN}\b(?:${SPEND_VERB}\s+more\b(?!\s+than\s+(?:£|\d))|outspent\b|outspending\b)`,
  'gi',
);
const COUNT_NOUN = String.raw`(CCTV\s+cameras|camera\s+sites|cameras?|devices|units|sites|locations)`;
/** Only the number is consumed, so "11 staff and 150 cameras" still finds "150 cameras". */
const COUNT_RE = new RegExp(
  String.raw`(?<![\w£.,-])(${COUNT_SOURCE})(?=["”’']?\s+((?:[\w-]+\s+){0,3}?)${COUNT_NOUN}\b)`,
  'gi',
);
/** Words that end a noun phrase: "24 hours a day", "30 of the cameras" are not counts. */
const NOT_A_MODIFIER = regex(
  'i',
  '^',
  anyOf(
    'of|in|at|on|to|for|and|or|the|a|an|hours?|years?|days?|weeks?|months?|per|than|with|by|from|across',
    'are|were|is|was|that|which|pounds?|million|people|residents|its|their|his|her|our|staff|officers|operators|workers',
    '(?!working\\b)\\w+ing',
  ),
  '$',
);

/** Every candidate figure in one sentence, in order; compound figures claim their money. */
/** `aboutCctv`: the article is about CCTV, so "85 devices" and "30 sites" count cameras even where the sentence does not say so. */
export function findFigures(sentence: string, aboutCctvArticle = false): Figure[] {
  const figures: Figure[] = [];
  const claimed: Array<[number, number]> = [];
  const isFree = (s: number, e: number) => claimed.every(([a, b]) => e <= a || s >= b);

  const overs = [...sentence.matchAll(COUNCILS_OVER_RE)];
  // "61 councils spent more than Bury, while nine spent more than £1.5m": the second count's councils are understood.
  if (new RegExp(GROUP, 'i').test(sentence)) overs.push(...sentence.matchAll(COUNCILS_OVER_ELLIPTICAL_RE));
  for (const m of overs) {
    const start = m.index ?? 0;
    const value = parseCount(m[1] ?? '');
    const moneyAt = start + m[0].length;
    const money = findMoney(sentence.slice(moneyAt))[0];
    if (value === null || !money || money.start !== 0) continue;
    if (figures.some((f) => f.start === start)) continue; // found by both patterns
    const end = start + (m[1] ?? '').length;
    figures.push({ kind: 'councils_over', start, end, value, threshold: money.value, thresholdStart: moneyAt });
    claimed.push([start, moneyAt + money.end]);
  }
  for (const m of sentence.matchAll(COUNCILS_MORE_RE)) {
    const start = m.index ?? 0;
    const value = parseCount(m[1] ?? '');
    if (value === null || !isFree(start, start + m[0].length)) continue;
    figures.push({ kind: 'councils_more', start, end: start + (m[1] ?? '').length, value });
    claimed.push([start, start + (m[1] ?? '').length]);
  }
  for (const money of findMoney(sentence)) {
    if (isFree(money.start, money.end))
      figures.push({ kind: 'money', start: money.start, end: money.end, value: money.value });
  }
  const aboutCctv = aboutCctvArticle || CCTV_TERMS.test(sentence);
  for (const m of sentence.matchAll(COUNT_RE)) {
    const start = m.index ?? 0;
    const digits = m[1] ?? '';
    const modifier = (m[2] ?? '').trim();
    const noun = (m[3] ?? '').toLowerCase();
    const end = start + digits.length;
    const value = parseCount(digits);
    if (value === null || !isFree(start, end)) continue;
    if (/^(?:19|20)\d{2}$/.test(digits)) continue; // "In 2016 cameras were ..." is a year
    if (modifier.split(/\s+/).some((w) => NOT_A_MODIFIER.test(w))) continue;
    // "the top five camera cuts": a singular "camera" before another noun describes it.
    const nounEnd =
      start + digits.length + sentence.slice(start + digits.length).search(/\S/) + (m[2] ?? '').length + noun.length;
    if (noun === 'camera' && value !== 1 && /^\s+[a-z]/i.test(sentence.slice(nounEnd))) continue;
    const sites = /sites|locations/.test(noun);
    if ((sites || /devices|units/.test(noun)) && !aboutCctv) continue;
    figures.push({ kind: 'count', start, end, value, unit: sites ? 'camera_sites' : 'cameras', modifier });
  }
  // "All 41 of the borough's cameras": the whole network, though "of" usually means a part.
  for (const m of sentence.matchAll(ALL_OF_RE)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
    const value = parseCount(m[1] ?? '');
    const end = start + (m[1] ?? '').length;
    if (value !== null && isFree(start, end)) {
      figures.push({ kind: 'count', start, end, value, unit: 'cameras', modifier: '' });
    }
  }
  // "the 220-strong camera network", "a 134-camera network".
  for (const m of sentence.matchAll(STRONG_NETWORK_RE)) {
    const start = m.index ?? 0;
    const value = parseCount(m[1] ?? '');
    const end = start + (m[1] ?? '').length;
    if (value !== null && isFree(start, end)) {
      figures.push({ kind: 'count', start, end, value, unit: 'cameras', modifier: '' });
    }
  }
  return figures.sort((a, b) => a.start - b.start);
}

const ALL_OF_RE = new RegExp(
  String.raw`\b(?:[Aa]ll|[Ee]very\s+one)\s+(?:of\s+)?(${COUNT_SOURCE})\s+` +
    String.raw`of\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:CCTV\s+)?cameras\b`,
  'g',
);
const STRONG_NETWORK_RE = new RegExp(
  String.raw`(?<![\w£.,-])(${COUNT_SOURCE})(?:-strong|-camera)\s+(?:CCTV\s+|camera\s+|surveillance\s+)*(?:network|system)\b`,
  'gi',
);
