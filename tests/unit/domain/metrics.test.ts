import { describe, expect, it } from 'vitest';
import {
  allowsScope,
  councilMetrics,
  hasThreshold,
  isComparable,
  isMoney,
  metricIds,
  metricLabel,
  METRICS,
  metricSchema,
  namesComparedCouncil,
  unitLabel,
} from '../../../lib/domain/metrics';

describe('the metric registry', () => {
  it('lists every metric once, in the order pages and the API use', () => {
    expect(metricIds).toEqual([
      'spend',
      'budget',
      'income',
      'cameras',
      'camera_sites',
      'councils_spending_more',
      'councils_spending_over',
    ]);
    expect(metricSchema.options).toEqual(metricIds);
    expect(metricSchema.safeParse('staff').success).toBe(false);
  });

  it('gives the metrics a council has a series of, each with its own API key', () => {
    expect(councilMetrics).toEqual(['spend', 'budget', 'income', 'cameras', 'camera_sites']);
    const keys = councilMetrics.map((m) => METRICS[m].apiKey);
    expect(keys).toEqual(['spend', 'budget', 'income', 'cameras', 'cameraSites']);
  });

  it('says which metrics are money, and names the unit of the others', () => {
    expect(metricIds.filter(isMoney)).toEqual(['spend', 'budget', 'income']);
    expect(unitLabel('cameras', 1)).toBe('camera');
    expect(unitLabel('camera_sites')).toBe('camera sites');
    expect(unitLabel('councils_spending_over', 1)).toBe('council');
  });

  it('labels a metric, with its basis when it has one', () => {
    expect(metricLabel('spend')).toBe('Actual spend');
    expect(metricLabel('spend', 'gross')).toBe('Actual spend (gross)');
    expect(metricLabel('camera_sites')).toBe('Camera sites');
  });

  it('keeps counts of councils out of sums and rankings, and knows their special fields', () => {
    expect(metricIds.filter(isComparable)).toEqual(['spend', 'budget', 'income', 'cameras', 'camera_sites']);
    expect(metricIds.filter(hasThreshold)).toEqual(['councils_spending_over']);
    expect(metricIds.filter(namesComparedCouncil)).toEqual(['councils_spending_more']);
    expect(allowsScope('councils_spending_more', 'council')).toBe(false);
    expect(allowsScope('spend', 'england')).toBe(true);
  });
});
