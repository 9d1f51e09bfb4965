import 'server-only';
import { unstable_cache } from 'next/cache';
import { getCouncil } from './council';
import { getEngland } from './england';
import { getOverview } from './overview';
import { getSource } from './sources';

/**
 * The API's reads, held in Next's data cache for 5 s: a route handler must read its query
 * string, so it runs per request, but the store is read at most once per 5 s per key. The
 * pages get the same freshness from ISR (`revalidate = 5`). README, "Caching".
 */
const FRESH_FOR = { revalidate: 5, tags: ['store'] };

export const cachedOverview = unstable_cache(() => getOverview(), ['overview'], FRESH_FOR);
export const cachedCouncil = unstable_cache((slug: string) => getCouncil(slug), ['council'], FRESH_FOR);
export const cachedEngland = unstable_cache(() => getEngland(), ['england'], FRESH_FOR);
export const cachedSource = unstable_cache((slug: string) => getSource(slug), ['source'], FRESH_FOR);
