import { NextResponse, type NextRequest } from 'next/server';
import { ROLES, type Role } from '@/lib/auth/config';
import { appOrigins, isSameOrigin, needsOriginCheck, originRefused } from '@/lib/auth/origin';
import { badAddress } from '@/lib/validation/address';

/**
 * A page address with a malformed council or article slug gets a 400 and a page that says what
 * is wrong, with the form to choose again. A page cannot set its own status, so the check runs
 * here, before routing (and before the ISR cache, which would otherwise keep an entry per bad
 * address). The API routes check their own parameters and answer JSON.
 * docs/decisions/008-bad-addresses.md
 */
export async function proxy(request: NextRequest) {
  // A form post or server action to the editor, sign-in or sign-out from anywhere but this site's
  // own pages (another Origin, `null`, or none) is refused with a 403 here, before Next's own
  // server-action check, which answers another origin with a 500. lib/auth/origin.ts;
  // docs/decisions/014-accounts-and-sign-in.md
  if (needsOriginCheck(request.method, request.nextUrl.pathname)) {
    const allowed = isSameOrigin(request.headers.get('origin'), appOrigins(process.env.BETTER_AUTH_URL));
    if (!allowed) return originRefused();
    // An editor's mutation also needs a live session of an editor or admin: 401 or 403 here, with
    // a status a script can read (Next answers an interrupted form-post action with a 404 page).
    // The action checks again itself (lib/auth/session.ts): this is not the only guard.
    if (request.nextUrl.pathname.startsWith('/editor')) {
      const { getAuth } = await import('@/lib/auth/server');
      const session = await getAuth().api.getSession({ headers: request.headers });
      if (!session) return plain('Sign in to do that: your session is missing or has expired.', 401);
      if (session.user.banned || !ROLES.includes(session.user.role as Role)) {
        return plain('This account may not do that.', 403);
      }
    }
    return NextResponse.next();
  }
  const kind = badAddress(request.nextUrl);
  if (!kind) return NextResponse.next();
  // request.url is the URL as the server received it (next.config.ts: skipProxyUrlNormalize), so
  // the rewrite has the server's own origin and is served in-process, keeping its 400.
  return NextResponse.rewrite(new URL(`/bad-request?for=${kind}`, request.url), { status: 400 });
}

const plain = (body: string, status: number) =>
  new NextResponse(body, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });

// Only a request whose slug is not one (not lower-case words joined by hyphens, or over 100
// characters) runs the proxy at all: run on every council and compare request, it cost a third
// of their throughput (docs/performance.md). Next needs these as literals; the patterns are
//   segment: (?:(?!SLUG(?:/|$))|(?=[^/]{101}))[^/]+   query value: the same with [\s\S] for [^/]
// with SLUG = [a-z0-9]+(?:-[a-z0-9]+)* (a value may hold a line break, which . would not match)
// and tests/unit/proxy.test.ts checks them, through Next's own matcher, against slugSchema.
// The last three (which also match /editor and /sign-in themselves) carry the origin check.
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
      source: '/councils',
      has: [{ type: 'query', key: 'sort', value: '(?:(?![a-z0-9]+(?:-[a-z0-9]+)*$)|(?=[\\s\\S]{101}))[\\s\\S]+' }],
    },
    // A council search over 100 characters (SEARCH_MAX_LENGTH) or with a control character.
    {
      source: '/councils',
      has: [{ type: 'query', key: 'q', value: '(?:(?=[\\s\\S]{101})|[\\s\\S]*[\\x00-\\x1f\\x7f-\\x9f])[\\s\\S]*' }],
    },
    {
      source: '/councils/find',
      has: [{ type: 'query', key: 'council', value: '(?:(?![a-z0-9]+(?:-[a-z0-9]+)*$)|(?=[\\s\\S]{101}))[\\s\\S]+' }],
    },
    '/editor/:path*',
    '/sign-in/:path*',
    '/sign-out',
  ],
};
