import { NextResponse } from 'next/server';

/** Every code an API error may carry; the OpenAPI description lists them from here (lib/api/schemas.ts). */
export const API_ERROR_CODES = [
  'invalid_slug',
  'invalid_query',
  'unknown_parameter',
  'query_too_long',
  'same_council',
  'not_found',
  'internal_error',
  'store_unavailable',
  'unauthorized',
] as const;
type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** Every API error has this shape, and never a stack trace. */
export function apiError(status: 400 | 401 | 404 | 500 | 503, code: ApiErrorCode, message: string) {
  return NextResponse.json({ error: { code, message } }, { status });
}

/** How long a client (or a proxy) should wait before asking again while the database is down. */
const RETRY_AFTER_SECONDS = '10';

/** The database cannot be reached: a 503 that says so and when to try again, never cached. */
export function storeUnavailable() {
  const response = apiError(503, 'store_unavailable', 'the figures cannot be read right now; try again in a minute');
  response.headers.set('Retry-After', RETRY_AFTER_SECONDS);
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

/** Lets a CDN hold a response for 5 s and serve it stale while it refetches (docs/decisions/005-caching.md). */
export const CACHE_HEADERS = { 'Cache-Control': 'public, max-age=0, s-maxage=5, stale-while-revalidate=60' };

export function apiJson(body: unknown) {
  return NextResponse.json(body, { headers: CACHE_HEADERS });
}
