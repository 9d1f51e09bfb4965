import type { NextConfig } from 'next';

// Next's own inline bootstrap scripts and Recharts' inline styles need 'unsafe-inline';
// a nonce would force every page to render per request, which the cache design avoids.
// Everything else is locked to this origin, and no page may be framed.
const csp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: csp },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it; the
  // same for PostgreSQL's driver, whose optional native binding a bundler cannot resolve.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'pg', '@prisma/adapter-pg'],
  poweredByHeader: false,
  experimental: {
    // unauthorized() and forbidden() (lib/auth/session.ts): 401 and 403 from pages and actions.
    authInterrupts: true,
    // The editor posts an article of up to 1 MB with its metadata and decisions; a larger body is
    // refused by Next before the action runs, so the limit leaves room to say "over 1 MB" ourselves.
    serverActions: { bodySizeLimit: '3mb' },
  },
  // proxy.ts rewrites malformed addresses to a 400 page. Next 16.4 serves a rewrite in-process only
  // when its origin is the one the server listens on, but by default it shows the proxy (and then
  // re-writes the rewrite with) "localhost" for a loopback host: under `next start --hostname
  // 127.0.0.1` (or 0.0.0.0) the rewrite was fetched over HTTP as an external one and answered 200.
  // Unnormalized, request.url and the rewrite keep the server's own origin.
  skipProxyUrlNormalize: true,
  reactStrictMode: true,
  // /compare?a=x&b=y is the public address; it is served by /compare/x/y so that it can be
  // cached like any static page. Anything else (missing, repeated or malformed values) stays
  // on /compare, which explains what is wrong.
  async rewrites() {
    // Slugs of at most 80 characters: longer ones are no council's, and stay on /compare.
    const slug = '(?<SLUG>[a-z0-9][a-z0-9-]{0,79})';
    return {
      beforeFiles: [
        {
          source: '/compare',
          has: [
            { type: 'query', key: 'a', value: `^${slug.replace('SLUG', 'a')}$` },
            { type: 'query', key: 'b', value: `^${slug.replace('SLUG', 'b')}$` },
          ],
          destination: '/compare/:a/:b',
        },
      ],
    };
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
