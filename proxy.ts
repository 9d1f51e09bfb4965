import { NextResponse, type NextRequest } from 'next/server';
import { badAddress } from '@/lib/validation/address';

/**
 * A page address with a malformed council or article slug gets a 400 and a page that says what
 * is wrong, with the form to choose again. A page cannot set its own status, so the check runs
 * here, before routing (and before the ISR cache, which would otherwise keep an entry per bad
 * address). The API routes check their own parameters and answer JSON.
 * docs/decisions/008-bad-addresses.md
 */
export function proxy(request: NextRequest) {
  const kind = badAddress(request.nextUrl);
  if (!kind) return NextResponse.next();
  // request.url is the URL as the server received it (next.config.ts: skipProxyUrlNormalize), so
  // the rewrite has the server's own origin and is served in-process, keeping its 400.
  return NextResponse.rewrite(new URL(`/bad-request?for=${kind}`, request.url), { status: 400 });
}

// Only a request whose slug is not one (not lower-case words joined by hyphens, or over 100
// characters) runs the proxy at all: run on every council and compare request, it cost a third
// of their throughput (docs/performance.md). Next needs these as literals; the patterns are
//   segment: (?:(?!SLUG(?:/|$))|(?=[^/]{101}))[^/]+   query value: the same with [\s\S] for [^/]
// with SLUG = [a-z0-9]+(?:-[a-z0-9]+)* (a value may hold a line break, which . would not match)
// and tests/unit/proxy.test.ts checks them, through Next's own matcher, against slugSchema.
export const config = {
  matcher: [
    '/councils/:slug((?:(?![a-z0-9]+(?:-[a-z0-9]+)*(?:/|$))|(?=[^/]{101}))[^/]+)',
    '/sources/:slug((?:(?![a-z0-9]+(?:-[a-z0-9]+)*(?:/|$))|(?=[^/]{101}))[^/]+)',
    '/compare/:a((?:(?![a-z0-9]+(?:-[a-z0-9]+)*(?:/|$))|(?=[^/]{101}))[^/]+)/:b',
    '/compare/:a/:b((?:(?![a-z0-9]+(?:-[a-z0-9]+)*(?:/|$))|(?=[^/]{101}))[^/]+)',
    {
      source: '/compare',
      has: [{ type: 'query', key: 'a', value: '(?:(?![a-z0-9]+(?:-[a-z0-9]+)*$)|(?=[\\s\\S]{101}))[\\s\\S]+' }],
    },
    {
      source: '/compare',
      has: [{ type: 'query', key: 'b', value: '(?:(?![a-z0-9]+(?:-[a-z0-9]+)*$)|(?=[\\s\\S]{101}))[\\s\\S]+' }],
    },
    {
      source: '/councils/find',
      has: [{ type: 'query', key: 'council', value: '(?:(?![a-z0-9]+(?:-[a-z0-9]+)*$)|(?=[\\s\\S]{101}))[\\s\\S]+' }],
    },
  ],
};
