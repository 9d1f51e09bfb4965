// @ts-check
/**
 * Next's page cache shared by every app server, in Redis (next.config.ts uses this file only when
 * REDIS_URL is set as a server starts). A page one server renders, every server serves; a
 * revalidatePath on one (an editor's publish, POST /api/revalidate) reaches them all.
 *
 * While Redis is away, each read is a miss (the handler refuses at once when its client is not
 * ready, rather than queueing), so pages are rendered afresh and keep answering; the client
 * reconnects by itself, and sharing resumes. docs/decisions/016-postgresql-and-several-servers.md
 *
 * Plain JavaScript: Next imports it at run time, outside its bundles.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from 'redis';

/** @type {{ cctvRedis?: ReturnType<typeof createClient> }} */
const state = /** @type {any} */ (globalThis);

/** Logs a Redis address without its password. */
const redact = (/** @type {string} */ url) => url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');

function client(/** @type {string} */ url) {
  if (state.cctvRedis) return state.cctvRedis;
  const redis = createClient({
    url,
    // Refuse commands at once while disconnected: a page must not wait for Redis to come back.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(retries * 200, 2_000) },
  });
  let down = false;
  redis.on('error', (/** @type {Error} */ error) => {
    if (!down)
      console.warn(
        `cache: Redis at ${redact(url)} failed (${error.message}); pages are rendered afresh until it is back`,
      );
    down = true;
  });
  redis.on('ready', () => {
    if (down) console.warn(`cache: Redis at ${redact(url)} is back; pages are shared again`);
    down = false;
  });
  // Not awaited: with Redis down as the server starts, the server still answers, and the client
  // keeps trying (connect() resolves once it is in).
  redis.connect().catch(() => {});
  state.cctvRedis = redis;
  return redis;
}

CacheHandler.onCreation(({ buildId }) => {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error('lib/cache/handler.mjs needs REDIS_URL (next.config.ts sets it only then)');
  return {
    handlers: [
      createRedisHandler({
        client: client(url),
        // One build's pages never serve another's: a deploy starts with an empty shared cache.
        keyPrefix: `cctv:${buildId ?? 'dev'}:`,
        // A slow Redis costs a page at most this much before it is rendered afresh.
        timeoutMs: 1_000,
      }),
    ],
    // How long a page stays in Redis after it goes stale. Next serves a stale page while it
    // renders a new one, and keeps serving it while that fails: an hour of database outage is
    // answered from the cache (as nginx's own cache does, inactive=1h), not with an error.
    ttl: { estimateExpireAge: (/** @type {number} */ staleAge) => Math.max(staleAge, 60 * 60) },
  };
});

export default CacheHandler;
