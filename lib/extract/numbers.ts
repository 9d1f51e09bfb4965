import { anyOf, regex } from './regex';

/** Numbers as articles write them: "£1.2m", "£540, 000", "64 million", "six", "1,340". */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const unitWords = Object.keys(UNITS).join('|');
const tensWords = Object.keys(TENS).join('|');

/** Source of a regex for a count written as digits or words ("1,340", "23", "twenty-three", "a dozen"). */
export const COUNT_SOURCE = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:${tensWords})(?:[- ](?:${unitWords}))?|${unitWords}|a dozen|a hundred)`;

/** Reads a count matched by COUNT_SOURCE. */
export function parseCount(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^[\d,]+$/.test(t)) return Number(t.replace(/,/g, ''));
  if (t === 'a dozen') return 12;
  if (t === 'a hundred') return 100;
  if (t in UNITS) return UNITS[t] ?? null;
  const [tens, unit] = t.split(/[- ]/);
  if (tens && tens in TENS) {
    const base = TENS[tens] ?? 0;
    if (!unit) return base;
    const u = UNITS[unit];
    return u !== undefined && u > 0 && u < 10 ? base + u : null;
  }
  return null;
}

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
};

/**
 * Candidate money amounts. Group 1: the pound sign; 2: the digits; 3: the multiplier.
 * "£540, 000" and "£500 000" (stray or missing thousands commas) are read only after a
 * pound sign, where they cannot be a list of two numbers. A pound sign mis-encoded as the
 * replacement character ("\uFFFD88,500") is still a pound sign.
 */
const MONEY_RE = regex(
  'gi',
  String.raw`([£\uFFFD]\s?)(\d{1,3}(?:,\s?\d{3})+(?:\.\d+)?|\d{1,3}(?:\s\d{3})+(?![\d,])|\d+(?:\.\d+)?)`,
  String.raw`(?:\s?(million|billion|thousand|bn|m|k))?(?![\w£])`,
  '|',
  String.raw`(?<![\w£.,])()(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(million|billion|bn|thousand pounds|pounds)(?![\w])`,
);

export interface MoneyMatch {
  start: number;
  end: number;
  value: number;
  /** True when no pound sign was written ("64 million"). */
  bare: boolean;
}

/** Words that may follow a bare "64 million" when it is money, not 64 million of something. */
const AFTER_BARE_MONEY = regex(
  'i',
  String.raw`^\s*`,
  anyOf(
    String.raw`$|[.,;:)]|on\b|in\b|for\b|of\b|to\b|last\b|this\b|during\b|over\b|a year\b|per\b|and\b|into\b`,
    String.raw`across\b|between\b|pounds\b`,
  ),
);

/** Every amount of money in `text`, in order, with offsets relative to `text`. */
export function findMoney(text: string): MoneyMatch[] {
  const out: MoneyMatch[] = [];
  for (const m of text.matchAll(MONEY_RE)) {
    const index = m.index ?? 0;
    const bare = m[1] === undefined;
    const digits = (bare ? m[5] : m[2]) ?? '';
    let unit = ((bare ? m[6] : m[3]) ?? '').toLowerCase();
    if (bare) {
      if (!AFTER_BARE_MONEY.test(text.slice(index + m[0].length))) continue;
      unit = unit.replace(/\s*pounds$/, '');
    }
    const amount = Number(digits.replace(/[,\s]/g, ''));
    if (!Number.isFinite(amount)) continue;
    const multiplier = unit ? (MULTIPLIERS[unit] ?? 1) : 1;
    // "£1.29m" is rounded (binary fractions); "£212,430.67" drops its pence: money is whole pounds.
    const value = multiplier === 1 ? Math.floor(amount) : Math.round(amount * multiplier);
    out.push({ start: index, end: index + m[0].length, value, bare });
  }
  return out;
}
