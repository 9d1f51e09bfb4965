import type { Basis, Bound, Metric } from '../extract/schema';

/** A fact as the pages need it: one figure for one year, with where it came from. */
export interface FactRow {
  id: number;
  metric: Metric;
  basis: Basis | null;
  financialYear: number;
  value: number;
  bound: Bound;
  threshold: number | null;
  articleSlug: string;
  articleFile: string;
  quote: string;
  start: number;
  end: number;
}

export interface Source {
  factId: number;
  articleSlug: string;
  articleFile: string;
  quote: string;
  start: number;
  end: number;
}

export interface YearFigure {
  year: number;
  value: number;
  bound: Bound;
  source: Source;
}

export interface CouncilSummary {
  slug: string;
  name: string;
  officialName: string;
  region: string;
  /** Actual spend by year, oldest first. */
  spend: YearFigure[];
  latestSpend: YearFigure | null;
  /** Spend in the year before latestSpend, when the sources give it. */
  previousSpend: YearFigure | null;
  latestBudget: YearFigure | null;
  /** The latest camera count, else the latest count of camera sites: different units, never summed. */
  cameras: (YearFigure & { unit: 'cameras' | 'camera_sites' }) | null;
}

// The headline spend is net where a source says so (what government returns report),
// then spend with no basis stated, then gross.
const BASIS_RANK: Record<string, number> = { net: 0, none: 1, gross: 2 };

export function toFigure(f: FactRow): YearFigure {
  return {
    year: f.financialYear,
    value: f.value,
    bound: f.bound,
    source: { factId: f.id, articleSlug: f.articleSlug, articleFile: f.articleFile, quote: f.quote, start: f.start, end: f.end },
  };
}

/** One figure per year for a metric: the preferred basis, then the first source. */
export function seriesOf(facts: FactRow[], metric: Metric): YearFigure[] {
  const best = new Map<number, FactRow>();
  for (const f of facts) {
    if (f.metric !== metric) continue;
    const held = best.get(f.financialYear);
    if (!held || (BASIS_RANK[f.basis ?? 'none'] ?? 1) < (BASIS_RANK[held.basis ?? 'none'] ?? 1)) best.set(f.financialYear, f);
  }
  return [...best.values()].sort((a, b) => a.financialYear - b.financialYear).map(toFigure);
}

export function summariseCouncil(
  council: { slug: string; name: string; officialName: string; region: string },
  facts: FactRow[],
): CouncilSummary {
  const spend = seriesOf(facts, 'spend');
  const latestSpend = spend.at(-1) ?? null;
  const previousSpend = latestSpend ? (spend.find((s) => s.year === latestSpend.year - 1) ?? null) : null;
  const cameras = seriesOf(facts, 'cameras').at(-1);
  const sites = seriesOf(facts, 'camera_sites').at(-1);
  return {
    ...council,
    spend,
    latestSpend,
    previousSpend,
    latestBudget: seriesOf(facts, 'budget').at(-1) ?? null,
    cameras: cameras ? { ...cameras, unit: 'cameras' } : sites ? { ...sites, unit: 'camera_sites' } : null,
  };
}
