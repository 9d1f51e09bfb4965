import { revalidatePath } from 'next/cache';
import type { NextRequest } from 'next/server';
import { apiError } from '@/lib/api/respond';
import { announceChange } from '@/lib/cache/changes';
import { carriesSecret } from '@/lib/cache/secret';
import { readCacheEnv } from '@/lib/env';

/**
 * POST /api/revalidate, with `Authorization: Bearer REVALIDATE_SECRET`: every page and API answer
 * is refreshed now, on this server, and on every server sharing its Redis. The ingest command line
 * calls it after writing (REVALIDATE_URLS); without REVALIDATE_SECRET on the server it is off (404).
 * Everything, not a list of paths: a change may move any total, ranking or comparison, and changes
 * are rare. docs/decisions/016-postgresql-and-several-servers.md
 */
export async function POST(request: NextRequest) {
  const secret = readCacheEnv().REVALIDATE_SECRET;
  if (!secret) return apiError(404, 'not_found', 'on-demand refresh is off: the server has no REVALIDATE_SECRET');
  if (!carriesSecret(request.headers.get('authorization'), secret)) {
    const refused = apiError(401, 'unauthorized', 'send Authorization: Bearer REVALIDATE_SECRET');
    refused.headers.set('WWW-Authenticate', 'Bearer');
    return refused;
  }
  revalidatePath('/', 'layout');
  await announceChange();
  return Response.json({ refreshed: true }, { headers: { 'Cache-Control': 'no-store' } });
}
