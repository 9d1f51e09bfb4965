import list from './england.json';
import { councilRecordSchema, type CouncilRecord } from './types';

export type { CouncilRecord } from './types';

/** Every English principal council, current and former (mySociety, CC-BY-4.0). */
export const councils: readonly CouncilRecord[] = councilRecordSchema.array().parse(list);

/** Did the council exist on 1 April of this year? */
export function existedIn(c: CouncilRecord, year: number): boolean {
  const day = `${year}-04-01`;
  return (!c.startDate || c.startDate <= day) && (!c.endDate || c.endDate >= day);
}

/**
 * The council with this common name. Two share a name where a county became a unitary of
 * the same name (Somerset, North Yorkshire): the one that existed in `year`, else the current one.
 */
export function councilByName(name: string, year?: number): CouncilRecord | undefined {
  const matches = councils.filter((c) => c.name === name);
  return (
    (year === undefined ? undefined : matches.find((c) => existedIn(c, year))) ??
    matches.find((c) => !c.endDate) ??
    matches[0]
  );
}
