import { z } from 'zod';
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
export const searchQuery = z.object({ q: searchQuerySchema.describe('part of a council’s name') });
