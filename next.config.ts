import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_SERVER } from 'next/constants';
import { SECURITY_HEADERS } from './lib/security-headers';

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
        // ?per=resident (the per-resident toggle) is served by its own cached page.
        {
          source: '/compare',
          has: [
            { type: 'query', key: 'a', value: `^${slug.replace('SLUG', 'a')}$` },
            { type: 'query', key: 'b', value: `^${slug.replace('SLUG', 'b')}$` },
            { type: 'query', key: 'per', value: '^resident$' },
          ],
          destination: '/compare/:a/:b/per-resident',
        },
        {
          source: '/compare',
          has: [
            { type: 'query', key: 'a', value: `^${slug.replace('SLUG', 'a')}$` },
            { type: 'query', key: 'b', value: `^${slug.replace('SLUG', 'b')}$` },
          ],
          destination: '/compare/:a/:b',
        },
        // /councils?q= is the council search, rendered per request; /councils?sort=KEY is the list
        // in that order, a cached page like /councils itself (which reads no query string, so stays
        // static). A malformed q or sort never gets here: proxy.ts answers it 400. A well-formed
        // sort no order has is that page's 404. docs/decisions/018-council-search.md
        { source: '/councils', has: [{ type: 'query', key: 'q' }], destination: '/councils/search' },
        {
          source: '/councils',
          has: [{ type: 'query', key: 'sort', value: `^${slug.replace('SLUG', 'sort')}$` }],
          destination: '/councils/sorted/:sort',
        },
      ],
    };
  },
  async headers() {
    return [{ source: '/:path*', headers: [...SECURITY_HEADERS] }];
  },
};

/**
 * Several app servers share one page cache in Redis (lib/cache/handler.mjs, docs/decisions/016):
 * only when a server starts with REDIS_URL set. A build never touches Redis, and one server
 * without it keeps Next's own cache (memory and .next), exactly as before.
 */
export default function config(phase: string): NextConfig {
  if (phase !== PHASE_PRODUCTION_SERVER || !process.env.REDIS_URL) return nextConfig;
  return { ...nextConfig, cacheHandler: path.resolve('lib/cache/handler.mjs'), cacheMaxMemorySize: 0 };
}
