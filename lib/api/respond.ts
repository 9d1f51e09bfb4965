import { NextResponse } from 'next/server';

type ApiErrorCode =
  | 'invalid_slug'
  | 'invalid_query'
  | 'unknown_parameter'
  | 'query_too_long'
  | 'same_council'
  | 'not_found'
  | 'internal_error';

/** Every API error has this shape, and never a stack trace. */
export function apiError(status: 400 | 404 | 500, code: ApiErrorCode, message: string) {
  return NextResponse.json({ error: { code, message } }, { status });
}

/** Lets a CDN hold a response for 5 s and serve it stale while it refetches (docs/decisions/005-caching.md). */
export const CACHE_HEADERS = { 'Cache-Control': 'public, max-age=0, s-maxage=5, stale-while-revalidate=60' };

export function apiJson(body: unknown) {
  return NextResponse.json(body, { headers: CACHE_HEADERS });
}
