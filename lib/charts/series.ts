import type { SourceRef, YearFigure } from '../domain/figure';
import { formatFinancialYear, yearsOf } from '../domain/financial-year';

export interface ChartSeries {
  /** Row key the values are stored under. */
  key: string;
  label: string;
  kind: 'actual' | 'budget';
  /** Which council (0, 1, ...): picks colour and pattern, so colour is never the only signal. */
  tone: number;
}

type ChartRow = { year: string } & Record<string, number | string | null>;

export interface ChartModel {
  rows: ChartRow[];
  series: ChartSeries[];
  /** What the values are: whole pounds, or pence per resident. */
  unit: 'pounds' | 'pence';
}

interface ChartInput {
  name: string;
  spend: Array<YearFigure<SourceRef>>;
  budget?: Array<YearFigure<SourceRef>>;
}

/** More bars than this per year are unreadable: the overview charts the biggest spenders. */
export const CHARTED_COUNCILS = 8;

/**
 * Spend (and budgets, where given) by financial year for one or more councils: one row a
 * year, oldest first, a null where a council has no figure that year.
 */
export function spendBudgetChart(councils: ChartInput[], unit: ChartModel['unit'] = 'pounds'): ChartModel {
  const series: ChartSeries[] = [];
  councils.forEach((c, tone) => {
    if (c.spend.length) series.push({ key: `spend_${tone}`, label: `${c.name}: actual spend`, kind: 'actual', tone });
    if (c.budget?.length) series.push({ key: `budget_${tone}`, label: `${c.name}: budget`, kind: 'budget', tone });
  });
  const years = yearsOf(...councils.flatMap((c) => [c.spend, c.budget ?? []]));
  const rows = years.map((year) => {
    const row: ChartRow = { year: formatFinancialYear(year) };
    councils.forEach((c, tone) => {
      if (c.spend.length) row[`spend_${tone}`] = c.spend.find((f) => f.year === year)?.value ?? null;
      if (c.budget?.length) row[`budget_${tone}`] = c.budget.find((f) => f.year === year)?.value ?? null;
    });
    return row;
  });
  return { rows, series, unit };
}
