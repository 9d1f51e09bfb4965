import type { Basis, Metric } from './extract/schema';
import { formatCount, formatMoney } from './format';

const METRIC: Record<Metric, string> = {
  spend: 'Actual spend',
  budget: 'Budget',
  income: 'Income',
  cameras: 'Cameras',
  camera_sites: 'Camera sites',
  councils_spending_more: 'Councils that spent more',
  councils_spending_over: 'Councils that spent more than a threshold',
};

export function metricLabel(metric: Metric, basis: Basis | null = null): string {
  return basis ? `${METRIC[metric]} (${basis})` : METRIC[metric];
}

export const isMoney = (metric: Metric) => metric === 'spend' || metric === 'budget' || metric === 'income';

/** A value in its own unit: pounds for money, a plain count otherwise. */
export function formatValue(metric: Metric, value: number): string {
  return isMoney(metric) ? formatMoney(value) : formatCount(value);
}

export const unitLabel = (unit: 'cameras' | 'camera_sites', n = 2) =>
  unit === 'cameras' ? (n === 1 ? 'camera' : 'cameras') : n === 1 ? 'camera site' : 'camera sites';
