import type { Figure } from './figures';
import {
  ADDITION_BEFORE,
  ADDITION_VERB_BEFORE,
  BOUND_BEFORE,
  CCTV_OBJECT,
  CCTV_TERMS,
  CHANGE_AFTER,
  CHANGE_BEFORE,
  COUNT_CHANGE_MODIFIER,
  METRIC_KEYWORDS,
  NOT_CCTV_NEAR,
  PAST_LEVEL_BEFORE,
  RATE_AFTER,
  RATE_BEFORE,
  RISE_TO,
} from './patterns';
import type { Bound } from '../domain/figure';
import type { Metric, MoneyMetric } from '../domain/metrics';
import type { WarningCode } from './schema';

export type Verdict =
  { ok: true; metric: Metric; bound: Bound; pastLevel: boolean } | { ok: false; code: WarningCode; message: string };

/** The bound written just before a figure, and the text before it with the bound removed. */
export function readBound(before: string): { bound: Bound; rest: string } {
  if (RISE_TO.test(before)) return { bound: 'exact', rest: before };
  for (const { bound, re } of BOUND_BEFORE) {
    const m = re.exec(before);
    if (m) return { bound, rest: before.slice(0, m.index) };
  }
  return { bound: 'exact', rest: before };
}

/** The last metric keyword in `text`, if any. */
function lastKeyword(text: string): MoneyMetric | null {
  let best: { at: number; metric: MoneyMetric } | null = null;
  for (const { metric, re } of METRIC_KEYWORDS) {
    for (const m of text.matchAll(re)) {
      const at = (m.index ?? 0) + m[0].length;
      if (!best || at > best.at) best = { at, metric };
    }
  }
  return best?.metric ?? null;
}

function firstKeyword(text: string): MoneyMetric | null {
  let best: { at: number; metric: MoneyMetric } | null = null;
  for (const { metric, re } of METRIC_KEYWORDS) {
    const m = new RegExp(re.source, 'i').exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, metric };
  }
  return best?.metric ?? null;
}

export interface MoneyContext {
  sentence: string;
  /** Where the previous figure in the sentence ends (0 for the first). */
  prevEnd: number;
  /** Where the next figure starts (the sentence length for the last). */
  nextStart: number;
  /** The metric of the previous money figure in the sentence, for "£X in 2016-17 and £Y in 2015-16". */
  prevMetric: Metric | null;
}

const LEVEL_WORDS = { change: 'a change, not a yearly level', addition: 'an addition, not the total' };

/** What a money figure is: spend, budget or income, with its bound; or why it is not a fact. */
export function classifyMoney(fig: Extract<Figure, { kind: 'money' }>, ctx: MoneyContext): Verdict {
  const { sentence } = ctx;
  const before = sentence.slice(0, fig.start);
  const after = sentence.slice(fig.end, ctx.nextStart);
  const { bound, rest } = readBound(before);

  if (CHANGE_BEFORE.test(rest) || CHANGE_AFTER.test(after)) {
    return { ok: false, code: 'change_not_level', message: `${LEVEL_WORDS.change}` };
  }
  if (ADDITION_BEFORE.test(rest)) return { ok: false, code: 'planned_addition', message: LEVEL_WORDS.addition };
  if (RATE_BEFORE.test(sentence.slice(ctx.prevEnd, fig.start)) || RATE_AFTER.test(after)) {
    return { ok: false, code: 'rate_not_total', message: 'an average or a rate, not a council total' };
  }

  let metric: Metric | null = null;
  if (/^\s*(?:in|of)\s+(?:CCTV\s+)?income\b/i.test(after)) metric = 'income';
  else if (/^\s*(?:CCTV\s+)?budget\b/i.test(after)) metric = 'budget';
  else
    metric =
      lastKeyword(sentence.slice(ctx.prevEnd, fig.start)) ??
      ctx.prevMetric ??
      lastKeyword(before) ??
      firstKeyword(after);
  if (!metric)
    return { ok: false, code: 'not_cctv', message: 'no spending, budget or income word goes with this amount' };

  if (NOT_CCTV_NEAR.test(sentence.slice(ctx.prevEnd, ctx.nextStart))) {
    return { ok: false, code: 'not_cctv', message: 'money for something other than CCTV' };
  }
  if (metric === 'spend') {
    const object = /^\s*(?:on|for|into)\s+([^,;.]*)/i.exec(sentence.slice(fig.end))?.[1];
    if (object !== undefined && !CCTV_OBJECT.test(object)) {
      return { ok: false, code: 'not_cctv', message: `spending on something other than CCTV ("${object.trim()}")` };
    }
  } else if (!CCTV_TERMS.test(sentence) && ctx.prevMetric !== 'spend') {
    return { ok: false, code: 'not_cctv', message: `a ${metric} figure in a sentence that does not mention CCTV` };
  }
  return { ok: true, metric, bound, pastLevel: PAST_LEVEL_BEFORE.test(rest) };
}

/** What a camera or site count is, or why it is not a level. */
export function classifyCount(fig: Extract<Figure, { kind: 'count' }>, sentence: string): Verdict {
  const before = sentence.slice(0, fig.start);
  const { bound, rest } = readBound(before);
  if (/\b(?:more|fewer|less)\b/i.test(fig.modifier) || CHANGE_BEFORE.test(rest)) {
    return { ok: false, code: 'change_not_level', message: LEVEL_WORDS.change };
  }
  if (COUNT_CHANGE_MODIFIER.test(fig.modifier) || ADDITION_BEFORE.test(rest) || ADDITION_VERB_BEFORE.test(rest)) {
    return { ok: false, code: 'planned_addition', message: 'cameras being added, not the number in place' };
  }
  return { ok: true, metric: fig.unit, bound, pastLevel: PAST_LEVEL_BEFORE.test(rest) };
}
