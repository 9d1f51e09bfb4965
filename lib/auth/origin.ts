/**
 * Cross-site request forgery checks for the app's own mutations. better-auth checks the Origin of
 * requests to its own routes; our sign-in and sign-out forms and the editor's actions must check
 * theirs (proxy.ts answers 403 first; lib/auth/session.ts checks again). Pure: no I/O.
 */

/**
 * The origins the app's pages are served from: BETTER_AUTH_URL's. None when it is unset or not
 * a URL, so that every checked mutation is refused rather than allowed.
 */
export function appOrigins(appUrl: string | undefined): string[] {
  if (!appUrl) return [];
  try {
    return [new URL(appUrl).origin];
  } catch {
    return [];
  }
}

/**
 * Whether a request's Origin header names one of the allowed origins. A missing header, `null`
 * (sent by sandboxed frames, file: pages and some redirects) or anything that is not a bare
 * origin (scheme, host and port, nothing else) is refused.
 */
export function isSameOrigin(originHeader: string | null | undefined, allowedOrigins: readonly string[]): boolean {
  if (!originHeader) return false;
  let origin: string;
  try {
    origin = new URL(originHeader).origin;
  } catch {
    return false;
  }
  // A header with a path, a default port or a user name is not what a browser sends: refuse it.
  if (origin === 'null' || origin !== originHeader.toLowerCase()) return false;
  return allowedOrigins.includes(origin);
}

/** Pages whose non-GET requests change who is signed in or what the store holds. */
const GUARDED = /^\/(?:editor|sign-in|sign-out)(?:\/|$)/;

/** Whether a request must come from the app's own origin: a mutation to a guarded path. */
export function needsOriginCheck(method: string, pathname: string): boolean {
  const m = method.toUpperCase();
  return m !== 'GET' && m !== 'HEAD' && GUARDED.test(pathname);
}

/** The body of the 403 a refused mutation gets (proxy.ts and the sign-in and sign-out routes). */
export const ORIGIN_REFUSED = 'Forbidden: this request was not sent from this site’s own pages.\n';

export function originRefused(): Response {
  return new Response(ORIGIN_REFUSED, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
