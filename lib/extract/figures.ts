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

const GROUP = String.raw`(?:other\s+|English\s+|local\s+)?(?:councils|local\s+authorities|authorities)\b`;
const SPEND_VERB = anyOf(
  'spent|spending|spend|spends|poured|pouring|paid|paying|invested',
  String.raw`splashed\s+out|splashing\s+out|forked\s+out`,
);
const MORE_THAN = String.raw`(?:more\s+than|over|in\s+excess\s+of|upwards\s+of|at\s+least|above)`;

/** What may stand between "176 councils" and their verb: no other verb, group or clause. */
const BETWEEN = String.raw`((?:(?!\b(?:${SPEND_VERB}|councils|authorities|and|but|while)\b)[^.;£]){0,80}?)`;

const COUNCILS_OVER_RE = new RegExp(
  String.raw`(?<![\w£.,])(${COUNT_SOURCE})\s+${GROUP}${BETWEEN}\b${SPEND_VERB}\s+${MORE_THAN}\s+(?=£|\d)`,
  'gi',
);
const COUNCILS_MORE_RE = new RegExp(
  String.raw`(?<![\w£.,])(${COUNT_SOURCE})\s+${GROUP}${BETWEEN}\b(?:${SPEND_VERB}\s+more\b(?!\s+than\s+(?:£|\d))|outspent\b|outspending\b)`,
  'gi',
);
const COUNT_NOUN = String.raw`(CCTV\s+cameras|camera\s+sites|cameras?|devices|units|sites|locations)`;
const COUNT_RE = new RegExp(String.raw`(?<![\w£.,-])(${COUNT_SOURCE})\s+((?:[\w-]+\s+){0,3}?)${COUNT_NOUN}\b`, 'gi');
/** Words that end a noun phrase: "24 hours a day", "30 of the cameras" are not counts. */
const NOT_A_MODIFIER = regex(
  'i',
  '^',
  anyOf(
    'of|in|at|on|to|for|and|or|the|a|an|hours?|years?|days?|weeks?|months?|per|than|with|by|from|across',
    'are|were|is|was|that|which|pounds?|million|people|residents',
  ),
  '$',
);

/** Every candidate figure in one sentence, in order; compound figures claim their money. */
export function findFigures(sentence: string): Figure[] {
  const figures: Figure[] = [];
  const claimed: Array<[number, number]> = [];
  const isFree = (s: number, e: number) => claimed.every(([a, b]) => e <= a || s >= b);

  for (const m of sentence.matchAll(COUNCILS_OVER_RE)) {
    const start = m.index ?? 0;
    const value = parseCount(m[1] ?? '');
    const moneyAt = start + m[0].length;
    const money = findMoney(sentence.slice(moneyAt))[0];
    if (value === null || !money || money.start !== 0) continue;
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
  const aboutCctv = CCTV_TERMS.test(sentence);
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
    const sites = /sites|locations/.test(noun);
    if ((sites || /devices|units/.test(noun)) && !aboutCctv) continue;
    figures.push({ kind: 'count', start, end, value, unit: sites ? 'camera_sites' : 'cameras', modifier });
  }
  return figures.sort((a, b) => a.start - b.start);
}
