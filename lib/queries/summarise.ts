import type { Basis, Bound, Metric } from '../extract/schema';
import { groupBy } from '../group-by';

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

export interface SourcedValue {
  value: number;
  bound: Bound;
  source: Source;
}

export interface YearFigure extends SourcedValue {
  year: number;
  /**
   * Other sources that give a different value for the same metric, basis and year. The
   * pages show the disagreement rather than pick one silently; `value` is the first source's.
   */
  conflicts: SourcedValue[];
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

function sourced(f: FactRow): SourcedValue {
  return {
    value: f.value,
    bound: f.bound,
    source: {
      factId: f.id,
      articleSlug: f.articleSlug,
      articleFile: f.articleFile,
      quote: f.quote,
      start: f.start,
      end: f.end,
    },
  };
}

export function toFigure(f: FactRow, conflicts: SourcedValue[] = []): YearFigure {
  return { year: f.financialYear, ...sourced(f), conflicts };
}

const rank = (f: FactRow) => BASIS_RANK[f.basis ?? 'none'] ?? 1;

/**
 * One figure per year for a metric: the preferred basis, then the first source; with every
 * other source that gives that basis and year a different value (or bound) as a conflict.
 */
export function seriesOf(facts: FactRow[], metric: Metric): YearFigure[] {
  const byYear = groupBy(
    facts.filter((f) => f.metric === metric),
    (f) => f.financialYear,
  );
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, rows]) => {
      const best = Math.min(...rows.map(rank));
      const [first, ...rest] = rows.filter((f) => rank(f) === best);
      if (!first) throw new Error('unreachable: a year with no rows');
      const seen = new Set([`${first.value}|${first.bound}`]);
      const conflicts = rest.filter((f) => {
        const key = `${f.value}|${f.bound}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      return toFigure(first, conflicts.map(sourced));
    });
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
