import { groupBy } from '../group-by';
import type { FactRef, FactRow, Source, SourceRef, SourcedValue, YearFigure } from './figure';
import { councilMetrics, type CouncilMetric, type Metric } from './metrics';

/** A row's source: with its sentence when the row was read with one. */
type SourceOf<R extends FactRef> = R extends FactRow ? Source : SourceRef;

// The headline spend is net where a source says so (what government returns report),
// then spend with no basis stated, then gross.
const BASIS_RANK: Record<string, number> = { net: 0, none: 1, gross: 2 };
const rank = (f: FactRef) => BASIS_RANK[f.basis ?? 'none'] ?? 1;

/** A fact's source: where it was read, with its sentence when the row was read with one. */
export function sourceOf<R extends FactRef>(f: R): SourceOf<R> {
  const ref: SourceRef = { factId: f.id, citation: f.citation, status: f.status, start: f.start, end: f.end };
  return ('quote' in f ? { ...ref, quote: (f as FactRef & { quote: string }).quote } : ref) as SourceOf<R>;
}

function sourced<R extends FactRef>(f: R): SourcedValue<SourceOf<R>> {
  return { value: f.value, bound: f.bound, source: sourceOf(f) };
}

/** One fact as a figure for its year, with no conflicts. */
export function toFigure<R extends FactRef>(f: R): YearFigure<SourceOf<R>> {
  return { year: f.financialYear, ...sourced(f), conflicts: [] };
}

/**
 * One figure per year for a metric, oldest first: the preferred basis, then the first source;
 * with every other source that gives that basis and year a different value (or bound) as a conflict.
 */
export function seriesOf<R extends FactRef>(facts: readonly R[], metric: Metric): Array<YearFigure<SourceOf<R>>> {
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
      return { ...toFigure(first), conflicts: conflicts.map(sourced) };
    });
}

/** Every council metric's series. */
export function councilSeries<R extends FactRef>(
  facts: readonly R[],
): Record<CouncilMetric, Array<YearFigure<SourceOf<R>>>> {
  const series = new Map(councilMetrics.map((m) => [m, seriesOf(facts, m)]));
  return Object.fromEntries(series) as Record<CouncilMetric, Array<YearFigure<SourceOf<R>>>>;
}

export interface CouncilRef {
  slug: string;
  name: string;
}

export interface CouncilSummary<S extends SourceRef = Source> extends CouncilRef {
  officialName: string;
  region: string;
  /** Actual spend by year, oldest first. */
  spend: Array<YearFigure<S>>;
  latestSpend: YearFigure<S> | null;
  /** Spend in the year before latestSpend, when the sources give it. */
  previousSpend: YearFigure<S> | null;
  latestBudget: YearFigure<S> | null;
  /** The latest camera count, else the latest count of camera sites: different units, never summed. */
  cameras: (YearFigure<S> & { unit: 'cameras' | 'camera_sites' }) | null;
  /** The latest camera count and the latest camera-site count, each on its own (for rankings by one unit). */
  latestCameras: YearFigure<S> | null;
  latestCameraSites: YearFigure<S> | null;
}

/**
 * The metrics a council's overview row is made of (summariseCouncil): the overview reads these
 * and no others, so a council whose only figures are of another metric (income) is not listed.
 */
export const SUMMARY_METRICS = [
  'spend',
  'budget',
  'cameras',
  'camera_sites',
] as const satisfies readonly CouncilMetric[];

/** A council's overview row from its facts. */
export function summariseCouncil<R extends FactRef>(
  council: CouncilRef & { officialName: string; region: string },
  facts: readonly R[],
): CouncilSummary<SourceOf<R>> {
  const spend = seriesOf(facts, 'spend');
  const latestSpend = spend.at(-1) ?? null;
  const previousSpend = latestSpend ? (spend.find((s) => s.year === latestSpend.year - 1) ?? null) : null;
  const cameras = seriesOf(facts, 'cameras').at(-1) ?? null;
  const sites = seriesOf(facts, 'camera_sites').at(-1) ?? null;
  return {
    ...council,
    spend,
    latestSpend,
    previousSpend,
    latestBudget: seriesOf(facts, 'budget').at(-1) ?? null,
    cameras: cameras ? { ...cameras, unit: 'cameras' } : sites ? { ...sites, unit: 'camera_sites' } : null,
    latestCameras: cameras,
    latestCameraSites: sites,
  };
}
