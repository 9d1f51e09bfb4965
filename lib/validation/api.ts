import { z } from 'zod';
import { MAX_FIGURE } from '../domain/figure';
import { searchQuerySchema, slugSchema } from './params';

/** Longer query strings are refused outright: no legitimate call needs them. */
const MAX_QUERY_LENGTH = 1024;

export type QueryResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: 'unknown_parameter' | 'query_too_long' | 'invalid_query'; message: string };

/**
 * Reads a query string strictly: too long, an unknown key, a repeated key or a bad value is
 * an error with a message naming it.
 */
export function parseQuery<S extends z.ZodObject>(url: URL, schema: S): QueryResult<z.infer<S>> {
  if (url.search.length > MAX_QUERY_LENGTH) {
    return {
      ok: false,
      code: 'query_too_long',
      message: `the query string is longer than ${MAX_QUERY_LENGTH} characters`,
    };
  }
  const allowed = Object.keys(schema.shape);
  const raw: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (!allowed.includes(key)) {
      return {
        ok: false,
        code: 'unknown_parameter',
        message: `unknown query parameter "${key.slice(0, 40)}"; allowed: ${allowed.join(', ') || 'none'}`,
      };
    }
    if (key in raw) return { ok: false, code: 'invalid_query', message: `"${key}" is given more than once` };
    raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      code: 'invalid_query',
      message: `${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}`,
    };
  }
  return { ok: true, data: parsed.data };
}

const format = z.enum(['json', 'csv']).default('json');
const slug = slugSchema.describe('a council slug such as welwyn-hatfield');

export const noQuery = z.object({});
export const formatQuery = z.object({ format });
export const compareQuery = z.object({ a: slug, b: slug, format });

/** A whole number in a query string: digits only (no sign, exponent, spaces or hex, which z.coerce would take). */
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^[0-9]{1,10}$/, 'a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** A fact id is an integer column, as a figure's value is: on PostgreSQL at most 2^31 - 1. */
const MAX_ID = MAX_FIGURE;

/** The largest page of /api/facts, and the page a client gets when it does not ask. */
const FACTS_MAX_LIMIT = 1000;
const FACTS_DEFAULT_LIMIT = 500;

/** /api/facts: keyset pagination on the fact id (docs/decisions/017-dataset-download.md). */
export const factsQuery = z.object({
  after: wholeNumber(0, MAX_ID)
    .default(0)
    .describe('give the facts whose id is greater than this one: the last id of the previous page (its `next` link)'),
  limit: wholeNumber(1, FACTS_MAX_LIMIT)
    .default(FACTS_DEFAULT_LIMIT)
    .describe(`how many facts a page holds, at most ${FACTS_MAX_LIMIT}`),
});

export const searchQuery = z.object({ q: searchQuerySchema.describe('part of a council’s name') });
