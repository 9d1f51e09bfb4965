import 'server-only';
import { db, type Db } from '../db';
import { perUnitCost, sharesOf, type PerUnit, type YearShare } from './derive';
import { factOrder, factSelect, toRow } from './rows';
import { seriesOf, toFigure, type FactRow, type YearFigure } from './summarise';

export interface CouncilRef {
  slug: string;
  name: string;
}

export interface CouncilDetail {
  council: CouncilRef & { officialName: string; region: string; type: string };
  spend: YearFigure[];
  budget: YearFigure[];
  income: YearFigure[];
  cameras: YearFigure[];
  sites: YearFigure[];
  perUnit: PerUnit | null;
  /** The council's share of England's total, for each year both are known. */
  englandShare: YearShare[];
  /** "176 councils spent more in 2017-18". */
  councilsSpendingMore: YearFigure[];
  /** Every figure about this council, for the sources list. */
  facts: FactRow[];
}

/** One council's page, or null when no council has this slug or it has no figures. */
export async function getCouncil(slug: string, client: Db = db): Promise<CouncilDetail | null> {
  // England's spend does not depend on the council: both reads go out together.
  const [council, englandSpend] = await Promise.all([
    client.council.findUnique({
      where: { slug },
      select: {
        id: true,
        slug: true,
        name: true,
        officialName: true,
        region: true,
        type: true,
        facts: { orderBy: factOrder, select: { ...factSelect, scope: true } },
      },
    }),
    client.fact.findMany({ where: { scope: 'england', metric: 'spend' }, orderBy: factOrder, select: factSelect }),
  ]);
  if (!council || council.facts.length === 0) return null;

  const own = council.facts.filter((f) => f.scope === 'council').map(toRow);
  const spend = seriesOf(own, 'spend');
  const cameras = seriesOf(own, 'cameras');
  const sites = seriesOf(own, 'camera_sites');
  const { id: _id, facts, ...ref } = council;
  return {
    council: ref,
    spend,
    budget: seriesOf(own, 'budget'),
    income: seriesOf(own, 'income'),
    cameras,
    sites,
    perUnit: perUnitCost(spend, cameras, sites),
    englandShare: sharesOf(spend, seriesOf(englandSpend.map(toRow), 'spend')),
    councilsSpendingMore: facts.filter((f) => f.metric === 'councils_spending_more').map((f) => toFigure(toRow(f))),
    facts: facts.map(toRow),
  };
}

/** Every council with a figure, A to Z: the choices of the compare form. */
export async function listCouncils(client: Db = db): Promise<CouncilRef[]> {
  return client.council.findMany({
    where: { facts: { some: {} } },
    orderBy: { name: 'asc' },
    select: { slug: true, name: true },
  });
}
