import { POPULATION_YEAR } from '../councils/population';
import type { CompareRow } from '../domain/compare';
import type { SourceRef } from '../domain/figure';
import { formatFinancialYear } from '../domain/financial-year';
import { councilMetrics, METRICS } from '../domain/metrics';
import type { CouncilDetail } from '../queries/council';
import { figureJson, figuresJson } from './serialize';

/** One council as /api/councils/[slug] gives it: a series per council metric (keys from the registry), then what derives from them. */
export function councilJson(d: CouncilDetail) {
  return {
    council: d.council,
    population: d.population === null ? null : { residents: d.population, year: POPULATION_YEAR },
    ...Object.fromEntries(councilMetrics.map((m) => [METRICS[m].apiKey, figuresJson(d.series[m])])),
    spendPerUnit: d.perUnit && {
      unit: d.perUnit.unit,
      value: Math.round(d.perUnit.cost.value),
      bound: d.perUnit.cost.bound,
      spendYear: formatFinancialYear(d.perUnit.spend.year),
      countYear: formatFinancialYear(d.perUnit.count.year),
    },
    shareOfEngland: d.englandShare.map((s) => ({
      financialYear: formatFinancialYear(s.year),
      share: s.share.value,
      bound: s.share.bound,
    })),
    councilsSpendingMore: figuresJson(d.councilsSpendingMore),
  };
}

export function compareRowJson(r: CompareRow<SourceRef>) {
  return {
    financialYear: formatFinancialYear(r.year),
    a: { spend: figureJson(r.a.spend), budget: figureJson(r.a.budget) },
    b: { spend: figureJson(r.b.spend), budget: figureJson(r.b.budget) },
    spendDifference: r.spendDifference,
  };
}
