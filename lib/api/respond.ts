import { NextResponse } from 'next/server';

export type ApiErrorCode =
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

/** Lets a CDN hold a response for 5 s and serve it stale while it refetches (README, Caching). */
export const CACHE_CONTROL = 'public, max-age=0, s-maxage=5, stale-while-revalidate=60';

export function apiJson(body: unknown) {
  return NextResponse.json(body, { headers: { 'Cache-Control': CACHE_CONTROL } });
}

/** A CSV download: RFC 4180 quoting, CRLF line ends, UTF-8. */
export function csvResponse(filename: string, header: string[], rows: Array<Array<string | number | null>>) {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const body = [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
  return new NextResponse(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': CACHE_CONTROL,
    },
  });
}
