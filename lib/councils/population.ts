import { councilByGss, councils } from './index';

/**
 * Residents are mid-2020 estimates (ONS, as in mySociety's list, `pop-2020`): one population per
 * council, whatever the year of the figure it divides. The pages say so beside every per-resident
 * figure.
 */
export const POPULATION_YEAR = 2020;

/** Said wherever a per-resident figure is shown. */
export const POPULATION_NOTE =
  `Per resident uses each council’s population in mid-${POPULATION_YEAR} ` +
  '(ONS estimate, from mySociety’s list), whatever the year of the figure.';

/** A council's residents in mid-2020, or null when the list has none (councils abolished before then). */
export function populationOf(gssCode: string): number | null {
  return councilByGss(gssCode)?.population ?? null;
}

/**
 * England's residents in mid-2020: the councils that exist today and are not counties (a county's
 * residents are also its districts'), so each resident is counted once. mySociety's list gives
 * today's councils 2020 populations, which add up to ONS's mid-2020 estimate for England.
 */
export const ENGLAND_POPULATION: number = councils
  .filter((c) => c.endDate === null && c.type !== 'CTY')
  .reduce((sum, c) => sum + (c.population ?? 0), 0);
