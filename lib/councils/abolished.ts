import type { CouncilRecord } from './types';

/** The year a former council ceased ("abolished 2023"), or null for one that still exists. */
export function abolishedIn(c: Pick<CouncilRecord, 'endDate'>): number | null {
  return c.endDate ? Number(c.endDate.slice(0, 4)) : null;
}
