import type { CouncilDetail } from '../queries/council';
import type { CompareRow } from '../queries/derive';
import { formatFinancialYear } from '../format';
import { figureJson, figuresJson } from './serialize';

export function councilJson(d: CouncilDetail) {
  return {
    council: d.council,
    spend: figuresJson(d.spend),
    budget: figuresJson(d.budget),
    income: figuresJson(d.income),
    cameras: figuresJson(d.cameras),
    cameraSites: figuresJson(d.sites),
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

export function compareRowJson(r: CompareRow) {
  return {
    financialYear: formatFinancialYear(r.year),
    a: { spend: figureJson(r.a.spend), budget: figureJson(r.a.budget) },
    b: { spend: figureJson(r.b.spend), budget: figureJson(r.b.budget) },
    spendDifference: r.spendDifference,
  };
}
