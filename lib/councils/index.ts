import list from './england.json';
import { councilRecordSchema, type CouncilRecord } from './types';

export type { CouncilRecord } from './types';

/** Every English principal council, current and former (mySociety, CC-BY-4.0). */
export const councils: readonly CouncilRecord[] = councilRecordSchema.array().parse(list);

/**
 * Did the council exist on 1 April of this year, the first day of its financial year? An end
 * date is the day it ceased: Somerset County Council's is 2023-04-01, the day the unitary
 * Somerset Council began, so 2023-24 is the unitary's.
 */
export function existedIn(c: CouncilRecord, year: number): boolean {
  const day = `${year}-04-01`;
  return (!c.startDate || c.startDate <= day) && (!c.endDate || c.endDate > day);
}

const byGss = new Map(councils.map((c) => [c.gssCode, c]));

/** The council with this ONS GSS code. */
export function councilByGss(gssCode: string): CouncilRecord | undefined {
  return byGss.get(gssCode);
}

/** How many English councils existed on 1 April of this year (counties and their districts both count). */
export function councilsIn(year: number): number {
  return councils.filter((c) => existedIn(c, year)).length;
}
