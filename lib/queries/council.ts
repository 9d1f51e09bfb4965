import 'server-only';
import { populationOf } from '../councils/population';
import type { Db } from '../db';
import { db } from '../db/client';
import type { FactRow, Source, YearFigure } from '../domain/figure';
import type { CouncilMetric } from '../domain/metrics';
import { perUnitCost, sharesOf, type PerUnit, type YearShare } from '../domain/ratio';
import { councilSeries, toFigure, type CouncilRef } from '../domain/series';
import { getEnglandSpend } from './england';
import { byName, factOrder, factSelect, shownFacts, toRow } from './rows';

export interface CouncilDetail {
  council: CouncilRef & { officialName: string; region: string; type: string; gssCode: string };
  /** Residents in mid-2020 (lib/councils/population.ts), or null when the list gives none. */
  population: number | null;
  /** Each council metric by year, oldest first: spend, budget, income, cameras, camera sites. */
  series: Record<CouncilMetric, YearFigure[]>;
  perUnit: PerUnit<Source> | null;
  /** The council's share of England's total, for each year both are known. */
  englandShare: Array<YearShare<Source>>;
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
        slug: true,
        name: true,
        officialName: true,
        region: true,
        type: true,
        gssCode: true,
        facts: { where: shownFacts, orderBy: factOrder, select: { ...factSelect, scope: true } },
      },
    }),
    getEnglandSpend(client),
  ]);
  if (!council || council.facts.length === 0) return null;

  const { facts, ...ref } = council;
  const rows = facts.map(toRow);
  const series = councilSeries(rows.filter((_, i) => facts[i]?.scope === 'council'));
  return {
    council: ref,
    population: populationOf(ref.gssCode),
    series,
    perUnit: perUnitCost(series.spend, series.cameras, series.camera_sites),
    englandShare: sharesOf(series.spend, englandSpend),
    councilsSpendingMore: rows.filter((f) => f.metric === 'councils_spending_more').map(toFigure),
    facts: rows,
  };
}

/** Every council with a figure, A to Z: the choices of the compare and find forms. */
export async function listCouncils(client: Db = db): Promise<CouncilRef[]> {
  return byName(
    await client.council.findMany({ where: { facts: { some: shownFacts } }, select: { slug: true, name: true } }),
  );
}
