import { z } from 'zod';

/** A URL slug as the app makes them: lower-case words joined by hyphens. */
export const slugSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/**
 * Next passes a query value as a string, several strings, or nothing. Of several, the last counts:
 * it is the one Next's rewrites and the proxy's matchers read (next.config.ts, proxy.ts).
 */
const lastValue = z.preprocess((v) => (Array.isArray(v) ? v.at(-1) : v), z.string().trim().optional());

type CompareQuery =
  | { kind: 'empty' }
  | { kind: 'incomplete'; a: string | null; b: string | null }
  | { kind: 'invalid' }
  | { kind: 'same'; slug: string }
  | { kind: 'ok'; a: string; b: string };

/** Reads ?a=&b= for /compare. Anything else in the query string is ignored. */
export function parseCompareQuery(searchParams: Record<string, string | string[] | undefined>): CompareQuery {
  const a = lastValue.safeParse(searchParams.a).data || undefined;
  const b = lastValue.safeParse(searchParams.b).data || undefined;
  if (!a && !b) return { kind: 'empty' };
  for (const v of [a, b]) {
    if (v !== undefined && !slugSchema.safeParse(v).success) {
      return { kind: 'invalid' };
    }
  }
  if (!a || !b) return { kind: 'incomplete', a: a ?? null, b: b ?? null };
  if (a === b) return { kind: 'same', slug: a };
  return { kind: 'ok', a, b };
}

/** The longest council search read: twice the longest council's official name, and then some. */
export const SEARCH_MAX_LENGTH = 100;

/**
 * A council search as typed: at most SEARCH_MAX_LENGTH characters (before trimming) and no control
 * characters (no name has a line break or a null byte). proxy.ts answers anything else 400.
 */
export const searchQuerySchema = z
  .string()
  // UTF-16 code units, as the input's maxlength and the proxy's matcher count (zod's max counts code points).
  .refine((s) => s.length <= SEARCH_MAX_LENGTH, `a search is at most ${SEARCH_MAX_LENGTH} characters`)
  .regex(/^\P{Cc}*$/u, 'a search holds no control characters')
  .transform((s) => s.trim())
  // What the search is once read, for the OpenAPI description (a transform alone has no JSON Schema).
  .pipe(z.string().max(SEARCH_MAX_LENGTH));

type SearchQuery = { kind: 'empty' } | { kind: 'invalid'; message: string } | { kind: 'ok'; q: string };

/** Reads ?q= for the council search (of several, the last). */
export function parseSearchQuery(value: string | string[] | undefined): SearchQuery {
  const raw = Array.isArray(value) ? value.at(-1) : value;
  const parsed = searchQuerySchema.safeParse(raw ?? '');
  if (!parsed.success) return { kind: 'invalid', message: parsed.error.issues[0]?.message ?? 'not a search' };
  return parsed.data ? { kind: 'ok', q: parsed.data } : { kind: 'empty' };
}
