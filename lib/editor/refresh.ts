import 'server-only';
import { revalidatePath } from 'next/cache';
import { announceChange } from '../cache/changes';
import { db } from '../db/client';

/**
 * After a publish or a decision: the pages and API answers that show the article's figures are
 * refreshed at once, not after the 5 s window (docs/decisions/005-caching.md). Council and source
 * pages by path; the overview, England and the councils index always (their totals and rankings
 * may change); every compare page (any pair may hold the council); the API's in-memory answers,
 * on every server when they share Redis (lib/cache/changes.ts).
 */
export async function refreshAfterChange(articleSlug: string, councilIds: Iterable<number>): Promise<void> {
  const ids = [...new Set(councilIds)];
  const councils = ids.length ? await db.council.findMany({ where: { id: { in: ids } }, select: { slug: true } }) : [];
  for (const c of councils) revalidatePath(`/councils/${c.slug}`);
  revalidatePath(`/sources/${articleSlug}`);
  revalidatePath('/');
  revalidatePath('/england');
  revalidatePath('/councils');
  revalidatePath('/compare/[a]/[b]', 'page');
  await announceChange();
}
