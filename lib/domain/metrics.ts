import { z } from 'zod';
import type { Basis, Scope } from './figure';

interface MetricCommon {
  /** What pages, tables and the CLI call it. */
  label: string;
  /** The scopes a fact of it may have: a council's own figure, England's, or either. */
  scopes: readonly Scope[];
  /**
   * Values for different councils are the same quantity, so they may be added up (a total, a
   * share of England) and ranked against each other. Cameras and camera sites each are; the two
   * together never are, which is why they are two metrics.
   */
  comparable: boolean;
  /** Its key in the API's answer for one council (`/api/councils/[slug]`); council metrics only. */
  apiKey?: string;
  /** "six councils spent more than £1 million": the fact carries a threshold in pounds. */
  threshold?: true;
  /** "176 councils spent more than Welwyn Hatfield": an England fact that names the council compared with. */
  namesCouncil?: true;
}

type MetricDef = MetricCommon & ({ kind: 'money' } | { kind: 'count'; unit: { one: string; many: string } });

/**
 * Every figure the product stores, in the order pages and the API list them. Adding a metric
 * means a row here and a rule in the parser that reads it (docs/decisions/007-metric-registry.md):
 * the zod enums, labels, units, the overview's SQL, the API's council answer and the CLI's
 * tables all derive from this table.
 */
export const METRICS = {
  spend: { kind: 'money', label: 'Actual spend', scopes: ['council', 'england'], comparable: true, apiKey: 'spend' },
  budget: { kind: 'money', label: 'Budget', scopes: ['council', 'england'], comparable: true, apiKey: 'budget' },
  income: { kind: 'money', label: 'Income', scopes: ['council', 'england'], comparable: true, apiKey: 'income' },
  cameras: {
    kind: 'count',
    unit: { one: 'camera', many: 'cameras' },
    label: 'Cameras',
    scopes: ['council', 'england'],
    comparable: true,
    apiKey: 'cameras',
  },
  camera_sites: {
    kind: 'count',
    unit: { one: 'camera site', many: 'camera sites' },
    label: 'Camera sites',
    scopes: ['council', 'england'],
    comparable: true,
    apiKey: 'cameraSites',
  },
  councils_spending_more: {
    kind: 'count',
    unit: { one: 'council', many: 'councils' },
    label: 'Councils that spent more',
    scopes: ['england'],
    comparable: false,
    namesCouncil: true,
  },
  councils_spending_over: {
    kind: 'count',
    unit: { one: 'council', many: 'councils' },
    label: 'Councils that spent more than a threshold',
    scopes: ['england'],
    comparable: false,
    threshold: true,
  },
} as const satisfies Record<string, MetricDef>;

export type Metric = keyof typeof METRICS;

type WithScope<S extends Scope> = {
  [M in Metric]: S extends (typeof METRICS)[M]['scopes'][number] ? M : never;
}[Metric];

/** A metric a council has a series of, year by year: spend, budgets, income, cameras, sites. */
export type CouncilMetric = WithScope<'council'>;

/** A metric in whole pounds: what the parser's spending, budget and income words read. */
export type MoneyMetric = { [M in Metric]: (typeof METRICS)[M]['kind'] extends 'money' ? M : never }[Metric];

/** A metric counted in units (cameras, camera sites, councils), not money. */
export type CountMetric = { [M in Metric]: (typeof METRICS)[M]['kind'] extends 'count' ? M : never }[Metric];

// Every council metric names its key in the API's council answer: a row without one fails to compile here.
type WithoutApiKey = Exclude<(typeof METRICS)[CouncilMetric], { apiKey: string }>;
const everyCouncilMetricHasAnApiKey: [WithoutApiKey] extends [never] ? true : never = true;
void everyCouncilMetricHasAnApiKey;

const def = (metric: Metric): MetricDef => METRICS[metric];

export const metricIds = Object.keys(METRICS) as [Metric, ...Metric[]];
export const metricSchema = z.enum(metricIds);

export const councilMetrics = metricIds.filter((m): m is CouncilMetric => def(m).scopes.includes('council'));

export const isMoney = (metric: Metric) => def(metric).kind === 'money';

/** "Actual spend", "Actual spend (net)". */
export function metricLabel(metric: Metric, basis: Basis | null = null): string {
  return basis ? `${def(metric).label} (${basis})` : def(metric).label;
}

/** "camera", "camera sites": what `n` of a count metric are called. */
export function unitLabel(metric: CountMetric, n = 2): string {
  const d = METRICS[metric];
  return n === 1 ? d.unit.one : d.unit.many;
}

/** Whether values of this metric for different councils may be added up and ranked together. */
export const isComparable = (metric: Metric) => def(metric).comparable;

export const hasThreshold = (metric: Metric) => def(metric).threshold === true;
export const namesComparedCouncil = (metric: Metric) => def(metric).namesCouncil === true;
export const allowsScope = (metric: Metric, scope: Scope) => def(metric).scopes.includes(scope);
