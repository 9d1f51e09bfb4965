import { parseCompareQuery, searchQuerySchema, slugSchema } from './params';

/** What a malformed page address was after: it picks the message and the form the 400 page shows. */
export const badAddressKinds = ['compare', 'council', 'find', 'search', 'sort', 'source'] as const;
export type BadAddressKind = (typeof badAddressKinds)[number];

const isSlug = (segment: string) => slugSchema.safeParse(segment).success;

/**
 * Whether a page address carries a malformed slug (anything but lower-case words joined by
 * hyphens, at most 100 characters), in its path or its query string, or a malformed council
 * search (over 100 characters, or a control character): proxy.ts answers those 400. A missing
 * value, or a well-formed slug no council has, is the page's own business (a form, a redirect
 * or a 404). Path segments are tested as sent: a percent sign is never a slug's.
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
  if (first === 'councils' && second === undefined) {
    // /councils?q= (a search) and ?sort= (an order); proxy.ts's matchers repeat these checks.
    const q = url.searchParams.getAll('q').at(-1);
    if (q !== undefined && !searchQuerySchema.safeParse(q).success) return 'search';
    const sort = url.searchParams.getAll('sort').at(-1);
    return sort && !isSlug(sort) ? 'sort' : null;
  }
  if (first === 'councils' && second === 'find' && third === undefined) {
    const value = url.searchParams.getAll('council').at(-1)?.trim();
    return value && !isSlug(value) ? 'find' : null;
  }
  if (first === 'councils' && second !== undefined && third === undefined) return isSlug(second) ? null : 'council';
  if (first === 'sources' && second !== undefined && third === undefined) return isSlug(second) ? null : 'source';
  return null;
}
