import list from './england.json';
import { councilRecordSchema, type CouncilRecord } from './types';

export type { CouncilRecord } from './types';

/** Every English principal council, current and former (mySociety, CC-BY-4.0). */
export const councils: readonly CouncilRecord[] = councilRecordSchema.array().parse(list);

const byName = new Map(councils.filter((c) => !c.endDate).map((c) => [c.name, c]));
const byNameAny = new Map(councils.map((c) => [c.name, c]));

/** The council with this common name, preferring one that still exists. */
export function councilByName(name: string): CouncilRecord | undefined {
  return byName.get(name) ?? byNameAny.get(name);
}
