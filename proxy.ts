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

export const config = {
  matcher: ['/compare', '/compare/:path*', '/councils/:path+', '/sources/:path+'],
};
