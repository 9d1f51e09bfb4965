import type { SourceRef, YearFigure } from './figure';
import type { CountMetric } from './metrics';
import { perResidentSeries } from './per-resident';
import { rankByValue } from './rank';
import type { CouncilSummary } from './series';

/**
 * The orders of the list of every council (/councils?sort=KEY). A new order is one key here and
 * its entry in COUNCIL_ORDERS; next.config.ts rewrites each key but the default to its cached page.
 */
export const COUNCIL_SORTS = ['name', 'spend', 'per-resident', 'cameras', 'camera-sites'] as const;
export type CouncilSort = (typeof COUNCIL_SORTS)[number];

/** The plain /councils: A to Z. */
export const DEFAULT_SORT = 'name' satisfies CouncilSort;

/** A council's summary and its mid-2020 population (null when the list has none). */
export type ListedCouncil = CouncilSummary<SourceRef> & { population: number | null };

export interface CouncilOrder {
  /** The sort link's text. */
  label: string;
  /** The page's heading and title. */
  title: string;
  /** The heading of the table's figure column. */
  column: string;
  /** A count's metric, which names its unit; `pence` for money per resident; pounds when absent. */
  unit?: CountMetric | 'pence';
  /** What a council without the figure shows instead. */
  missing: string;
  /** The figure shown in the column. */
  figure: (c: ListedCouncil) => YearFigure<SourceRef> | null;
  /** Whether the list is ranked by that figure, highest first; else A to Z by name. */
  ranked: boolean;
}

// One unit per ranking: cameras and camera sites are never ranked together (DESIGN.md).
export const COUNCIL_ORDERS: Record<CouncilSort, CouncilOrder> = {
  name: {
    label: 'A to Z',
    title: 'Every council A to Z',
    column: 'Latest spend',
    missing: 'no spend figure',
    figure: (c) => c.latestSpend,
    ranked: false,
  },
  spend: {
    label: 'Latest spend',
    title: 'Councils by latest spend',
    column: 'Latest spend',
    missing: 'no spend figure',
    figure: (c) => c.latestSpend,
    ranked: true,
  },
  'per-resident': {
    label: 'Spend per resident',
    title: 'Councils by latest spend per resident',
    column: 'Spend per resident',
    unit: 'pence',
    missing: 'no spend figure, or no population',
    // The latest spend over the mid-2020 population, in pence, its bound kept (lib/domain/per-resident.ts).
    figure: (c) => (c.latestSpend && perResidentSeries([c.latestSpend], c.population)[0]) ?? null,
    ranked: true,
  },
  cameras: {
    label: 'Cameras',
    title: 'Councils by number of cameras',
    column: 'Cameras',
    unit: 'cameras',
    missing: 'no camera count',
    figure: (c) => c.latestCameras,
    ranked: true,
  },
  'camera-sites': {
    label: 'Camera sites',
    title: 'Councils by number of camera sites',
    column: 'Camera sites',
    unit: 'camera_sites',
    missing: 'no camera-site count',
    figure: (c) => c.latestCameraSites,
    ranked: true,
  },
};

export interface OrderedCouncils<S extends ListedCouncil = ListedCouncil> {
  /** In the order's sequence: highest figure first (ties keep their A to Z order), or A to Z. */
  listed: S[];
  /** A ranked order's councils without its figure, A to Z: they come after the ranking. */
  without: S[];
}

/**
 * Councils (given A to Z) in an order. A ranked order compares latest values as stated: "more
 * than £78m" ranks as £78m, and the table shows the bound beside it.
 */
export function orderCouncils<S extends ListedCouncil>(councils: readonly S[], sort: CouncilSort): OrderedCouncils<S> {
  const { figure, ranked } = COUNCIL_ORDERS[sort];
  if (!ranked) return { listed: [...councils], without: [] };
  const { ranked: listed, without } = rankByValue(councils, (c) => figure(c)?.value ?? null);
  return { listed, without };
}

/** The address of the list in an order: the plain /councils for the default. */
export const orderHref = (sort: CouncilSort) => (sort === DEFAULT_SORT ? '/councils' : `/councils?sort=${sort}`);
