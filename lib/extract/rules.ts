import type { Bound } from '../domain/figure';
import type { Metric, MoneyMetric } from '../domain/metrics';
import type { Frame } from './frames';
import {
  ADDITION_BEFORE,
  ADDITION_VERB_BEFORE,
  BOUND_BEFORE,
  BUDGET_AFTER,
  CCTV_OBJECT,
  CCTV_TERMS,
  CHANGE_AFTER,
  CHANGE_BEFORE,
  COUNT_CHANGE_MODIFIER,
  COUNCIL_FINANCES,
  COUNT_RATE_AFTER,
  CUT_VERB_BEFORE,
  GRANT,
  METRIC_KEYWORDS,
  NOT_CCTV_NEAR,
  NOW_AFTER,
  PAST_CLAUSE,
  TOTAL_AFTER,
  TOTAL_BEFORE,
  OTHER_OWNER,
  PART_AFTER,
  PAST_BEFORE,
  PLAN_AFTER,
  PLAN_BEFORE,
  RATE_AFTER,
  RATE_BEFORE,
  RISE_TO,
} from './patterns';
import { regex } from './regex';
import type { WarningCode } from './schema';
import { findYearMentions } from './years';

/**
 * Stage 4, classify: what a frame's figure is (spend, budget, income, a count) or why it is
 * not a yearly level. Two tables: REJECT_RULES (first that applies ends the frame with its
 * warning code) and METRIC_RULES (first that applies names a money figure's metric). Each
 * row is named; the name goes into the fact's evidence.
 */
export interface View {
  frame: Frame;
  /** The segment's text. */
  text: string;
  /** Text before the figure, with a bound phrase ("more than") removed. */
  rest: string;
  bound: Bound;
  /** From the previous figure's end to this one's start, and from its end to the next figure. */
  near: string;
  after: string;
  /** The clause before and after the figure. */
  clauseBefore: string;
  clauseAfter: string;
  /** The metric of the previous money figure in the segment. */
  prevMetric: Metric | null;
  /** The previous segment is about CCTV (a figure may continue its topic). */
  topicIsCctv: boolean;
}

type Kind = 'money' | 'count';

export interface RejectRule {
  name: string;
  code: WarningCode;
  message: string;
  kinds: readonly Kind[];
  applies: (v: View) => boolean;
}

export interface MetricRule {
  name: string;
  metric: (v: View) => MoneyMetric | null;
}

const MONEY = ['money'] as const;
const COUNT = ['count'] as const;
const BOTH = ['money', 'count'] as const;

const modifier = (v: View) => (v.frame.figure.kind === 'count' ? v.frame.figure.modifier : '');

/** The last metric keyword in `text`. */
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

const INSTALLED_AFTER = regex(
  'i',
  String.raw`^\s*(?:[\w-]+\s+){0,3}?(?:(?:have|has|had)\s+been\s+|were\s+|was\s+|being\s+)?`,
  String.raw`(?:installed|added|fitted|put\s+up|bought|purchased)\b`,
);

/** An owner named as the one who runs the cameras, not as a partner ("working with police", "helps police"). */
function ownerAsSubject(clauseBefore: string): boolean {
  const re = new RegExp(OTHER_OWNER.source, 'gi');
  return Array.from(clauseBefore.matchAll(re)).some(
    (m) => !PARTNER_BEFORE.test(clauseBefore.slice(Math.max(0, (m.index ?? 0) - 40), m.index)),
  );
}
const PARTNER_BEFORE =
  /\b(?:with|alongside|and|help(?:s|ing)?|for|to|by|from|of|support(?:s|ing)?)\s+(?:the\s+)?(?:local\s+)?$/i;

/** "40 cameras owned by a local housing association", "cameras ... which are run by the transport operator Nexus". */
const OWNED_BY_OTHER = regex(
  'i',
  String.raw`^\s*(?:[\w'’,-]+\s+){0,10}?(?:(?:owned|run|operated|managed|monitored)\s+by|belong(?:s|ing)?\s+to|on\s+behalf\s+of)\s+`,
  String.raw`(?:an?\s+|the\s+(?:police|transport|private|local\s+police)|(?:the\s+(?:[A-Z][\w'’-]*\s+){1,3})?${OTHER_OWNER.source})`,
);

/** "Bolton and Wigan spent £90,000 between them", "a combined £90,000": one figure for several named councils. */
const JOINT_BEFORE = /\b(?:a\s+combined|jointly|between\s+them)\b[^.;]*$/i;
const JOINT_AFTER = /^[^.;,£]{0,60}?\b(?:between\s+them|combined|jointly)\b/i;
/** ... but "Local authorities in England spent a combined £77.9m" is England's total. */
const GROUP_SUBJECT = /\b(?:councils|authorities|England|nationally)\b/i;

export const REJECT_RULES: readonly RejectRule[] = [
  {
    name: 'group.joint-figure',
    code: 'group_not_council',
    message: 'one figure for several councils together, not one council’s',
    kinds: BOTH,
    applies: (v) => {
      const before = v.text.slice(0, v.frame.figure.start);
      return (
        (JOINT_BEFORE.test(before) || JOINT_AFTER.test(v.after)) &&
        /\band\b/i.test(before) &&
        !GROUP_SUBJECT.test(before)
      );
    },
  },
  {
    name: 'change.word-before',
    code: 'change_not_level',
    message: 'a change, not a yearly level',
    kinds: BOTH,
    applies: (v) => CHANGE_BEFORE.test(v.rest),
  },
  {
    name: 'change.word-after',
    code: 'change_not_level',
    message: 'a change, not a yearly level',
    kinds: MONEY,
    applies: (v) => CHANGE_AFTER.test(v.after),
  },
  {
    name: 'change.cut-verb',
    code: 'change_not_level',
    message: 'money cut, saved or removed, not a yearly level',
    kinds: BOTH,
    applies: (v) => CUT_VERB_BEFORE.test(v.rest),
  },
  {
    name: 'change.more-or-fewer',
    code: 'change_not_level',
    message: 'more or fewer cameras, not the number in place',
    kinds: COUNT,
    applies: (v) => /\b(?:more|fewer|less)\b/i.test(modifier(v)),
  },
  {
    name: 'addition.word-before',
    code: 'planned_addition',
    message: 'an addition, not the total',
    kinds: BOTH,
    applies: (v) => ADDITION_BEFORE.test(v.rest),
  },
  {
    name: 'addition.count-modifier',
    code: 'planned_addition',
    message: 'cameras being added, not the number in place',
    kinds: COUNT,
    applies: (v) =>
      (COUNT_CHANGE_MODIFIER.test(modifier(v)) || (ADDITION_VERB_BEFORE.test(v.rest) && !TOTAL_BEFORE.test(v.rest))) &&
      !NOW_AFTER.test(v.after),
  },
  {
    name: 'addition.installed-after',
    code: 'planned_addition',
    message: 'cameras installed or added, not the number in place',
    kinds: COUNT,
    applies: (v) => INSTALLED_AFTER.test(v.after) && !/^\s*(?:[\w-]+\s+){0,3}?already\b/i.test(v.after),
  },
  {
    name: 'plan.before',
    code: 'planned_level',
    message: 'a plan, not what is in place',
    kinds: COUNT,
    // "will keep all 300 cameras" is the network in place; "intends to have all 24 cameras working" is not.
    applies: (v) =>
      PLAN_BEFORE.test(v.clauseBefore) &&
      !NOW_AFTER.test(v.after) &&
      (!TOTAL_BEFORE.test(v.rest) || /\bhave\s+(?:all|its|their)\s*$/i.test(v.rest)),
  },
  {
    name: 'plan.after',
    code: 'planned_level',
    message: 'cameras something is planned for, not the number in place',
    kinds: COUNT,
    applies: (v) =>
      PLAN_AFTER.test(v.after) && !NOW_AFTER.test(v.after) && !TOTAL_BEFORE.test(v.rest) && !TOTAL_AFTER.test(v.after),
  },
  {
    name: 'past.before',
    code: 'past_level',
    message: 'an earlier level printed beside the current one',
    kinds: COUNT,
    applies: (v) => PAST_BEFORE.test(v.rest),
  },
  {
    name: 'past.clause',
    code: 'past_level',
    message: 'a count from an earlier time',
    kinds: COUNT,
    applies: (v) => {
      const around = (v.clauseBefore.split(',').at(-1) ?? '') + (v.clauseAfter.split(',')[0] ?? '');
      return PAST_CLAUSE.test(around) && !/\b(?:now|currently|today)\b/i.test(around);
    },
  },
  {
    name: 'part.out-of',
    code: 'part_of_network',
    message: 'some of the cameras, not the total',
    kinds: COUNT,
    applies: (v) =>
      /^\s*(?:[\w-]+\s+){0,2}?(?:out\s+of|of\s+(?:the|its|their))\b/i.test(v.after) && !TOTAL_BEFORE.test(v.rest),
  },
  {
    name: 'rate.money',
    code: 'rate_not_total',
    message: 'an average or a rate, not a council total',
    kinds: MONEY,
    applies: (v) => RATE_BEFORE.test(v.near) || RATE_AFTER.test(v.after),
  },
  {
    name: 'rate.count',
    code: 'rate_not_total',
    message: 'cameras per resident, not a count',
    kinds: COUNT,
    applies: (v) => COUNT_RATE_AFTER.test(v.text.slice(v.frame.figure.end)) || RATE_BEFORE.test(v.clauseBefore),
  },
  {
    name: 'owner.other',
    code: 'other_owner',
    message: "someone else's cameras (police, private, parish), not the council's",
    kinds: COUNT,
    applies: (v) => ownerAsSubject(v.clauseBefore) || OWNED_BY_OTHER.test(v.text.slice(v.frame.figure.end)),
  },
  {
    name: 'owner.other-in-heading',
    code: 'other_owner',
    message: 'a list under a heading about a town or parish council: not the council’s',
    kinds: BOTH,
    applies: (v) => /\b(?:town|parish)\s+council\b/i.test(v.frame.segment.lead?.text ?? ''),
  },
  {
    name: 'part.place',
    code: 'part_of_network',
    message: 'cameras in one place, part of the network, not its total',
    kinds: COUNT,
    applies: (v) => PART_AFTER.test(v.text.slice(v.frame.figure.end)) && !TOTAL_BEFORE.test(v.rest),
  },
  {
    name: 'grant.one-off',
    code: 'one_off',
    message: 'a grant or one-off sum, not a yearly level',
    kinds: MONEY,
    applies: (v) => GRANT.test(v.near) && !/\b(?:a|per|each|every)\s+year\b|\bannual/i.test(v.near),
  },
  {
    name: 'not-cctv.council-finances',
    code: 'not_cctv',
    message: "the council's whole finances, not its CCTV",
    kinds: MONEY,
    applies: (v) => COUNCIL_FINANCES.test(v.text) && !CCTV_TERMS.test(v.near),
  },
  {
    name: 'not-cctv.wider-budget',
    code: 'not_cctv',
    message: 'money for something other than CCTV',
    kinds: MONEY,
    applies: (v) => NOT_CCTV_NEAR.test(v.near),
  },
];

/** Each money metric rule in order: the first that names a metric decides. */
export const METRIC_RULES: readonly MetricRule[] = [
  { name: 'metric.table-column', metric: (v) => (v.frame.column ? lastKeyword(v.frame.column) : null) },
  {
    name: 'metric.income-after',
    metric: (v) => (/^\s*(?:in|of)\s+(?:CCTV\s+)?income\b/i.test(v.after) ? 'income' : null),
  },
  { name: 'metric.budget-after', metric: (v) => (/^\s*(?:CCTV\s+)?budget\b/i.test(v.after) ? 'budget' : null) },
  { name: 'metric.allocated-after', metric: (v) => (BUDGET_AFTER.test(v.after) ? 'budget' : null) },
  { name: 'metric.word-just-before', metric: (v) => lastKeyword(v.near.slice(0, v.near.length - v.after.length)) },
  {
    name: 'metric.as-previous',
    metric: (v) =>
      v.prevMetric === 'spend' || v.prevMetric === 'budget' || v.prevMetric === 'income' ? v.prevMetric : null,
  },
  { name: 'metric.word-before', metric: (v) => lastKeyword(v.rest) },
  { name: 'metric.word-after', metric: (v) => firstKeyword(v.after) },
  {
    name: 'metric.list-heading',
    metric: (v) => (v.frame.segment.lead ? lastKeyword(v.frame.segment.lead.text) : null),
  },
  {
    // "How the councils compare, 2018/19:" then "- Boston: 47 cameras, £148k": a year's amount per council is its spending.
    name: 'metric.list-of-a-year',
    metric: (v) =>
      v.frame.segment.kind === 'item' && v.frame.segment.lead && findYearMentions(v.frame.segment.lead.text).length
        ? 'spend'
        : null,
  },
];

/** Rules a money figure must still pass once its metric is known. */
export const CCTV_RULES: ReadonlyArray<{ name: string; message: (v: View, m: MoneyMetric) => string | null }> = [
  {
    name: 'not-cctv.spent-on-other',
    message: (v, metric) => {
      if (metric !== 'spend') return null;
      const object = /^\s*(?:on|for|into)\s+([^,;.]*)/i.exec(v.text.slice(v.frame.figure.end))?.[1];
      // "£83,000 for Wigan Council": spent for a council, not on something else.
      return object !== undefined && !CCTV_OBJECT.test(object) && !/\b(?:council|authority)\b/i.test(object)
        ? `spending on something other than CCTV ("${object.trim()}")`
        : null;
    },
  },
  {
    name: 'not-cctv.no-topic',
    message: (v, metric) =>
      !CCTV_TERMS.test(v.text) && v.prevMetric !== 'spend' && !v.topicIsCctv
        ? `a ${metric} figure in a sentence that does not mention CCTV`
        : null,
  },
];

/** The bound written just before a figure, and the text before it with the bound removed. */
export function readBound(before: string): { bound: Bound; rest: string } {
  if (RISE_TO.test(before)) return { bound: 'exact', rest: before };
  for (const { bound, re } of BOUND_BEFORE) {
    const m = re.exec(before);
    if (m) return { bound, rest: before.slice(0, m.index) };
  }
  return { bound: 'exact', rest: before };
}

export type Classified =
  | { ok: true; metric: Metric; bound: Bound; rules: string[] }
  | { ok: false; code: WarningCode; message: string; rule: string };

/** Runs the tables on one frame. */
export function classify(v: View): Classified {
  const fig = v.frame.figure;
  if (fig.kind === 'councils_more' || fig.kind === 'councils_over') {
    const metric = fig.kind === 'councils_more' ? 'councils_spending_more' : 'councils_spending_over';
    return { ok: true, metric, bound: v.bound, rules: [`figure.${metric}`] };
  }
  const kind: Kind = fig.kind;
  for (const rule of REJECT_RULES) {
    if (rule.kinds.includes(kind) && rule.applies(v))
      return { ok: false, code: rule.code, message: rule.message, rule: rule.name };
  }
  if (fig.kind === 'count') return { ok: true, metric: fig.unit, bound: v.bound, rules: [`figure.${fig.unit}`] };
  for (const rule of METRIC_RULES) {
    const metric = rule.metric(v);
    if (!metric) continue;
    for (const check of CCTV_RULES) {
      const message = check.message(v, metric);
      if (message) return { ok: false, code: 'not_cctv', message, rule: check.name };
    }
    return { ok: true, metric, bound: v.bound, rules: ['figure.money', rule.name] };
  }
  return {
    ok: false,
    code: 'not_cctv',
    message: 'no spending, budget or income word goes with this amount',
    rule: 'metric.none',
  };
}
