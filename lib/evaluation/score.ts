import type { ContractFact } from '../extract/contract';
import type { Label, LabelledArticle } from './gold';

/** How one predicted fact fared against an article's labels. */
type Verdict = 'correct' | 'optional' | 'duplicate' | 'wrong';

export interface ArticleScore {
  file: string;
  required: number;
  found: number;
  wrong: number;
  /** Predicted facts matching an optional label, or repeating a matched one: neither right nor wrong. */
  accepted: number;
  misses: Label[];
  falsePositives: ContractFact[];
  /** Every predicted fact with its verdict, in article order. */
  verdicts: Array<{ fact: ContractFact; verdict: Verdict }>;
}

const asList = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

/** Whether a predicted fact is the labelled one: metric, council (null = England), year (null = any), whole pounds. */
export function matches(fact: ContractFact, label: Label): boolean {
  if (!asList(label.metric).includes(fact.metric)) return false;
  if (label.council === null) {
    if (fact.scope !== 'england' && !(fact.metric === 'councils_spending_more')) return false;
    if (fact.metric !== 'councils_spending_more' && fact.council !== null) return false;
  } else if (fact.council === null || !asList(label.council).includes(fact.council)) return false;
  if (label.year !== null && !asList(label.year).includes(fact.financialYear)) return false;
  return Math.floor(fact.value) === Math.floor(label.value);
}

/**
 * Scores one article: each required label is found by at most one predicted fact; a
 * predicted fact is correct when it finds a required label, accepted when it matches an
 * optional label or repeats an already-found one, and wrong otherwise.
 */
export function scoreArticle(labels: LabelledArticle, facts: ContractFact[]): ArticleScore {
  const foundBy = new Map<number, ContractFact>();
  const verdicts: ArticleScore['verdicts'] = [];
  for (const fact of facts) {
    const open = labels.facts.findIndex((l, i) => !foundBy.has(i) && matches(fact, l));
    let verdict: Verdict;
    if (open >= 0) {
      foundBy.set(open, fact);
      verdict = 'correct';
    } else if (labels.optional.some((l) => matches(fact, l))) verdict = 'optional';
    else if (labels.facts.some((l) => matches(fact, l))) verdict = 'duplicate';
    else verdict = 'wrong';
    verdicts.push({ fact, verdict });
  }
  const falsePositives = verdicts.filter((v) => v.verdict === 'wrong').map((v) => v.fact);
  return {
    file: labels.file,
    required: labels.facts.length,
    found: foundBy.size,
    wrong: falsePositives.length,
    accepted: verdicts.filter((v) => v.verdict === 'optional' || v.verdict === 'duplicate').length,
    misses: labels.facts.filter((_, i) => !foundBy.has(i)),
    falsePositives,
    verdicts,
  };
}

export interface Totals {
  required: number;
  found: number;
  wrong: number;
  accepted: number;
  recall: number;
  precision: number;
}

/** Recall = found / required; precision = correct / (correct + wrong). An empty side scores 1. */
export function totals(scores: Array<Pick<ArticleScore, 'required' | 'found' | 'wrong' | 'accepted'>>): Totals {
  const sum = (k: 'required' | 'found' | 'wrong' | 'accepted') => scores.reduce((n, s) => n + s[k], 0);
  const required = sum('required');
  const found = sum('found');
  const wrong = sum('wrong');
  return {
    required,
    found,
    wrong,
    accepted: sum('accepted'),
    recall: required ? found / required : 1,
    precision: found + wrong ? found / (found + wrong) : 1,
  };
}

/** Per-metric totals: a required label counts under its first metric, a predicted fact under its own. */
export function byMetric(scores: ArticleScore[]): Map<string, Totals> {
  const parts = new Map<string, { required: number; found: number; wrong: number; accepted: number }>();
  const get = (m: string) => {
    let p = parts.get(m);
    if (!p) parts.set(m, (p = { required: 0, found: 0, wrong: 0, accepted: 0 }));
    return p;
  };
  for (const s of scores) {
    for (const l of s.misses) get(asList(l.metric)[0] ?? '?').required++;
    for (const { fact, verdict } of s.verdicts) {
      const p = get(fact.metric);
      if (verdict === 'correct') {
        p.required++;
        p.found++;
      } else if (verdict === 'wrong') p.wrong++;
      else p.accepted++;
    }
  }
  return new Map([...parts].sort(([a], [b]) => a.localeCompare(b)).map(([m, p]) => [m, totals([p])]));
}
