import 'server-only';
import { appOrigins, isSameOrigin } from './origin';
import { getAuth, getAuthEnv } from './server';

/**
 * The sign-in and sign-out forms post to our own routes, which pass the request on to
 * better-auth's through its handler, as a browser on this site would. Through the handler its
 * rate limit and origin check apply; `auth.api.signInEmail` called directly skips the limiter.
 */

/** Whether a form post came from this site's pages (proxy.ts checks first; this is the backstop). */
export function fromOwnPages(request: Request): boolean {
  return isSameOrigin(request.headers.get('origin'), appOrigins(getAuthEnv().BETTER_AUTH_URL));
}

/**
 * POSTs `body` as JSON to better-auth's `path` (e.g. /sign-in/email). The client's address
 * (the trusted header, which the limiter counts by) and user agent go along; its cookies only
 * when `withCookies` (sign-out needs the session's).
 */
export function callAuth(path: string, request: Request, body: object, withCookies = false): Promise<Response> {
  const headers = new Headers({
    'content-type': 'application/json',
    origin: appOrigins(getAuthEnv().BETTER_AUTH_URL)[0] ?? '',
  });
  const copied = [getAuthEnv().TRUSTED_IP_HEADER, 'user-agent', ...(withCookies ? ['cookie'] : [])];
  for (const name of copied) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const url = new URL(`/api/auth${path}`, getAuthEnv().BETTER_AUTH_URL);
  return getAuth().handler(new Request(url, { method: 'POST', headers, body: JSON.stringify(body) }));
}

/** A 303 to a path on this site, carrying the cookies better-auth set (or cleared) in `answer`. */
export function seeOther(location: string, answer?: Response): Response {
  const response = new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
  for (const cookie of answer?.headers.getSetCookie() ?? []) response.headers.append('set-cookie', cookie);
  return response;
}
