import { financialYearFromParts } from '../domain/financial-year';
import { COUNT_SOURCE, parseCount } from './numbers';
import { anyOf, regex } from './regex';

/** What an article's text says about time, before the article's current year is known. */
export type YearRef =
  | { kind: 'explicit'; year: number }
  /** Relative to the current financial year: -1 for "last year". */
  | { kind: 'current'; offset: number }
  /** "That year": the year last named. */
  | { kind: 'that' }
  /** "the year before": one before the year last named. */
  | { kind: 'before_last_named' }
  /** "the previous two financial years (before 2017-18)": per year when `each`, else a total. */
  | { kind: 'range'; count: number; anchor: number | null; each: boolean }
  /** "in each of 2016-17 and 2017-18", "in both 2016-17 and 2017-18": the same figure for each year. */
  | { kind: 'each'; years: number[] }
  /** A span such as "between April 2008 and March 2012" or "over five years": a total. */
  | { kind: 'span' }
  /** "in 2019": a calendar year, which is not a financial year. */
  | { kind: 'calendar'; year: number };

export interface YearMention {
  start: number;
  end: number;
  ref: YearRef;
}

const FY = String.raw`((?:19|20)\d{2})\s?[-–—/]\s?((?:19|20)?\d{2})(?![\d/-])`;
/** A calendar year, or a financial year written loosely ("2008", "2008-09", "2008/2009"). */
const YEAR_OR_FY = String.raw`(?:19|20)\d{2}(?:\s?[-–/]\s?\d{2,4})?`;
/** An optional month before a year ("April 2008"). */
const MONTH = String.raw`(?:(?:April|March|[A-Z][a-z]+)\s+)?`;

const fyStart = (first: string | undefined, second: string | undefined) =>
  first && second ? financialYearFromParts(first, second) : null;

interface Rule {
  re: RegExp;
  read: (m: RegExpExecArray) => YearRef | null;
}

// Longest and most specific first: a match masks the text it covers from later rules.
const RULES: Rule[] = [
  {
    re: regex(
      'gi',
      String.raw`\b(each of\s+|in each of\s+)?the\s+(?:previous|last|past|preceding)\s+(${COUNT_SOURCE})\s+(?:financial\s+)?years`,
      String.raw`(?:\s+(?:before|prior to|up to|until)\s+(?:the\s+)?(?:financial\s+year\s+)?${FY})?(\s+each)?`,
    ),
    read: (m) => {
      const count = parseCount(m[2] ?? '');
      if (count === null || count < 1 || count > 20) return null;
      const anchor = m[3] ? fyStart(m[3], m[4]) : null;
      return { kind: 'range', count, anchor, each: Boolean(m[1] || m[5]) };
    },
  },
  {
    re: regex(
      'gi',
      anyOf(
        String.raw`\bbetween\s+${MONTH}(?:${YEAR_OR_FY})\s+and\s+${MONTH}${YEAR_OR_FY}`,
        String.raw`\bfrom\s+${YEAR_OR_FY}\s+(?:to|until)\s+${YEAR_OR_FY}`,
        String.raw`\bsince\s+(?:(?:April|[A-Z][a-z]+)\s+)?(?:19|20)\d{2}`,
        String.raw`\b(?:over|across|during|in|within)\s+(?:the\s+)?(?:(?:past|last|next|previous|coming)\s+)?` +
          String.raw`(?:${COUNT_SOURCE})\s+(?:financial\s+)?years`,
        String.raw`\bover\s+(?:the\s+)?(?:past|last)\s+(?:decade|few years)`,
      ),
    ),
    read: () => ({ kind: 'span' }),
  },
  {
    re: new RegExp(String.raw`\b(?:in\s+)?(?:each\s+of|both)\s+(?:the\s+)?${FY}\s+and\s+${FY}`, 'gi'),
    read: (m) => {
      const years = [fyStart(m[1], m[2]), fyStart(m[3], m[4])];
      return years.every((y) => y !== null) ? { kind: 'each', years } : null;
    },
  },
  {
    re: new RegExp(String.raw`\b(?:the\s+)?(?:financial\s+year\s+)?${FY}(?:\s+financial\s+year)?`, 'gi'),
    read: (m) => {
      const year = fyStart(m[1], m[2]);
      return year === null ? null : { kind: 'explicit', year };
    },
  },
  {
    re: /\b(?:the\s+)?(?:financial\s+)?year\s+(?:to|ending)\s+(?:(?:31|31st)\s+)?March\s+((?:19|20)\d{2})/gi,
    read: (m) => ({ kind: 'explicit', year: Number(m[1]) - 1 }),
  },
  {
    re: /\b(?:(?:the|its)\s+)?(?:last|previous|past)\s+financial\s+year\b|\blast\s+year\b/gi,
    read: () => ({ kind: 'current', offset: -1 }),
  },
  {
    re: regex(
      'gi',
      anyOf(
        String.raw`\b(?:(?:the|its)\s+)?(?:current|present)\s+(?:financial\s+)?year\b`,
        String.raw`\bthis\s+(?:financial\s+)?year\b`,
        String.raw`\bcurrent(?=\s+(?:CCTV\s+)?budget)`,
      ),
    ),
    read: () => ({ kind: 'current', offset: 0 }),
  },
  {
    re: /\bnext\s+(?:financial\s+)?year\b|\bthe\s+coming\s+(?:financial\s+)?year\b/gi,
    read: () => ({ kind: 'current', offset: 1 }),
  },
  {
    re: /\bthe\s+(?:previous|prior)\s+(?:financial\s+)?year\b|\bthe\s+year\s+(?:before|earlier)\b/gi,
    read: () => ({ kind: 'before_last_named' }),
  },
  { re: /\b(?:that|the\s+same)\s+(?:financial\s+)?year\b/gi, read: () => ({ kind: 'that' }) },
  {
    re: /\b(?:in|during|for)\s+((?:19|20)\d{2})\b(?!\s?[-–/]\s?\d)/gi,
    read: (m) => ({ kind: 'calendar', year: Number(m[1]) }),
  },
];

/** Every time expression in `text`, in order, with offsets relative to `text`. */
export function findYearMentions(text: string): YearMention[] {
  const taken: Array<[number, number]> = [];
  const out: YearMention[] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const ref = rule.read(m);
      if (!ref) continue;
      taken.push([start, end]);
      out.push({ start, end, ref });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The state a relative year is read against, moved forward as the article is read. */
export interface YearContext {
  current: number | null;
  lastNamed: number | null;
}

/**
 * The financial years (starting calendar years) a mention stands for; an empty list when
 * it cannot be resolved, and null for a span or calendar year (never a yearly figure).
 * Updates `ctx.lastNamed`.
 */
export function resolveYear(ref: YearRef, ctx: YearContext): number[] | null {
  const named = (years: number[]) => {
    const last = years.at(-1);
    if (last !== undefined) ctx.lastNamed = Math.max(...years);
    return years;
  };
  switch (ref.kind) {
    case 'explicit':
      return named([ref.year]);
    case 'each':
      return named(ref.years);
    case 'current':
      return ctx.current === null ? [] : named([ctx.current + ref.offset]);
    case 'that':
      return ctx.lastNamed === null ? [] : [ctx.lastNamed];
    case 'before_last_named': {
      const base = ctx.lastNamed ?? ctx.current;
      // A comparison, not a new year of the story: "that year" still means the year last named.
      return base === null ? [] : [base - 1];
    }
    case 'range': {
      if (!ref.each) return null;
      const anchor = ref.anchor ?? ctx.lastNamed ?? ctx.current;
      if (anchor === null) return [];
      const years = Array.from({ length: ref.count }, (_, i) => anchor - ref.count + i);
      if (ref.anchor !== null) ctx.lastNamed = ref.anchor;
      return years;
    }
    case 'span':
    case 'calendar':
      return null;
  }
}
