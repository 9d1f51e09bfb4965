import 'server-only';
import { randomUUID } from 'node:crypto';
import type { createClient } from 'redis';
import { clearSnapshots } from '../api/snapshot';
import { redactUrl } from '../db/url';
import { readCacheEnv } from '../env';

/**
 * "The data changed", between app servers. Pages are shared through Redis by Next's cache handler
 * (lib/cache/handler.mjs), so revalidatePath on one server reaches them all; the API's answers are
 * held in each server's memory (lib/api/snapshot.ts), so a change is also published on a Redis
 * channel, and every server that hears it forgets its answers. Without REDIS_URL, only this
 * server's answers are forgotten and the others' expire within their 5 s window.
 */

const CHANNEL = 'cctv:changed';
/** This process, so that it does not act twice on its own message. */
const SELF = randomUUID();

type Client = ReturnType<typeof createClient>;

/**
 * node-redis, loaded only when REDIS_URL is set: merely loading it into a server made every cached
 * page 30-40% slower here (a council page: 300-450 against 600-800 req/s, alternated runs), so a
 * server without Redis never loads it.
 */
const redis = () => import('redis');
const state = globalThis as unknown as { cctvPublisher?: Promise<Client> };

async function connect(url: string, role: string): Promise<Client> {
  const { createClient } = await redis();
  const client = createClient({
    url,
    // Fail a command at once while Redis is away, rather than queue it: a publish is best-effort.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(retries * 200, 2_000) },
  });
  let reported = false;
  client.on('error', (error: Error) => {
    // Logged once per outage: the client keeps reconnecting by itself.
    if (!reported) console.warn(`cache: Redis ${role} at ${redactUrl(url)} failed: ${error.message}; retrying`);
    reported = true;
  });
  client.on('ready', () => {
    if (reported) console.warn(`cache: Redis ${role} at ${redactUrl(url)} is back`);
    reported = false;
  });
  return client;
}

function publisher(): Promise<Client> | null {
  const { REDIS_URL } = readCacheEnv();
  if (!REDIS_URL) return null;
  state.cctvPublisher ??= connect(REDIS_URL, 'publisher').then((client) => {
    // Not awaited: connect() resolves only once Redis answers, and a change must not wait for it.
    client.connect().catch(() => {});
    return client;
  });
  return state.cctvPublisher;
}

/** Resolves once the client is ready, or after `ms`, whichever comes first. */
function readyWithin(client: Client, ms: number): Promise<void> {
  if (client.isReady) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    client.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** After a change: this server's API answers are forgotten now, every other server's as soon as it hears. */
export async function announceChange(): Promise<void> {
  clearSnapshots();
  const client = await publisher();
  if (!client) return;
  // A publisher still connecting (the first change after a start, or Redis just back) is waited
  // for briefly; a change must not wait for Redis longer than that.
  await readyWithin(client, 1_000);
  const lost = (why: string) =>
    console.warn(`cache: a change was not announced (${why}); other servers catch up within 5 s`);
  if (!client.isReady) return lost('Redis is not answering');
  await client.publish(CHANNEL, SELF).catch((error: Error) => lost(error.message));
}

/** Run once as the server starts (instrumentation.ts): forget the API's answers whenever another server changes the data. */
export function listenForChanges(): void {
  const { REDIS_URL } = readCacheEnv();
  if (!REDIS_URL) return;
  // Connected now, so that the first change is announced without waiting for a connection.
  void publisher();
  // Not awaited, so that a server starts while Redis is away; connect() resolves once it answers,
  // and the client renews the subscription after every reconnect.
  void connect(REDIS_URL, 'subscriber')
    .then(async (subscriber) => {
      await subscriber.connect();
      await subscriber.subscribe(CHANNEL, (from) => {
        if (from !== SELF) clearSnapshots();
      });
    })
    .catch(() => {});
}
