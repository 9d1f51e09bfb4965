import { parseCompareQuery, slugSchema } from './params';

/** What a malformed page address was after: it picks the message and the form the 400 page shows. */
export const badAddressKinds = ['compare', 'council', 'find', 'source'] as const;
export type BadAddressKind = (typeof badAddressKinds)[number];

const isSlug = (segment: string) => slugSchema.safeParse(segment).success;

/**
 * Whether a page address carries a malformed slug (anything but lower-case words joined by
 * hyphens, at most 100 characters), in its path or its query string: proxy.ts answers those
 * 400. A missing value, or a well-formed slug no council has, is the page's own business (a
 * form, a redirect or a 404). Path segments are tested as sent: a percent sign is never a slug's.
 * Of a repeated query value the last counts, as in Next's rewrites and the proxy's matchers.
 */
export function badAddress(url: URL): BadAddressKind | null {
  // The proxy sees requests as sent: a framework-internal form (a prerendered segment) is not an address.
  if (/\.rsc$|\.segments\//.test(url.pathname)) return null;
  const [first, second, third, ...more] = url.pathname.split('/').filter(Boolean);
  if (more.length) return null;
  if (first === 'compare') {
    if (second === undefined) {
      const query = { a: url.searchParams.getAll('a'), b: url.searchParams.getAll('b') };
      return parseCompareQuery(query).kind === 'invalid' ? 'compare' : null;
    }
    return third !== undefined && (!isSlug(second) || !isSlug(third)) ? 'compare' : null;
  }
  if (first === 'councils' && second === 'find' && third === undefined) {
    const value = url.searchParams.getAll('council').at(-1)?.trim();
    return value && !isSlug(value) ? 'find' : null;
  }
  if (first === 'councils' && second !== undefined && third === undefined) return isSlug(second) ? null : 'council';
  if (first === 'sources' && second !== undefined && third === undefined) return isSlug(second) ? null : 'source';
  return null;
}
