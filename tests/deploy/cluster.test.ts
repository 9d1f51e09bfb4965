/**
 * The several-servers shape, for real (docs/decisions/016): PostgreSQL, Redis, two app servers
 * serving one build, nginx in front, all started by deploy/cluster (as `npm run serve:cluster`
 * does). Then parts of it are stopped, and what readers and the command line see is checked:
 * a change through one server on every server, Redis gone, PostgreSQL gone and back, an app
 * server killed under load, and no Redis at all.
 *
 * Runs in file order: each test leaves the cluster whole again for the next.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingPackages } from '../../deploy/cluster/binaries';
import { startCluster, type Cluster } from '../../deploy/cluster';
import { timeOneChange } from '../../deploy/cluster/freshness';
import { canConnect, freePort, sleep } from '../../deploy/cluster/process';
import { createDb, type Db } from '../../lib/db';
import { request } from './support/http';

const run = promisify(execFile);
const missing = missingPackages({ postgres: true, redis: true });
if (missing.length && process.env.CI) throw new Error(`the cluster tests need ${missing.join(', ')} when CI is set`);
if (missing.length) console.warn(`\n*** SKIPPING the cluster tests: apt-get install -y ${missing.join(' ')} ***\n`);
const describeCluster = missing.length ? describe.skip : describe;

const DIR = path.resolve('tests/.tmp-deploy/cluster');
let cluster: Cluster;
let db: Db;

/** A port with the two below it and the two above it free too, as startCluster uses them. */
async function basePort(): Promise<number> {
  for (;;) {
    const port = await freePort();
    if (port > 60_000 || port < 2_000) continue;
    const taken = await Promise.all([-2, -1, 1, 2].map((d) => canConnect(port + d)));
    if (!taken.includes(true)) return port;
  }
}

const text = async (url: string, headers: Record<string, string> = {}) => {
  const answer = await request(url, { headers });
  return { status: answer.status, text: answer.text, headers: answer.headers };
};

/** Whether the pages are in Redis again: a server that renders one has stored it there. */
async function redisHoldsPages(url: string): Promise<boolean> {
  const client = createClient({ url });
  await client.connect();
  try {
    return (await client.keys('cctv:*')).length > 0;
  } finally {
    await client.quit();
  }
}

describeCluster('several app servers behind nginx, on PostgreSQL with Redis', () => {
  beforeAll(async () => {
    rmSync(DIR, { recursive: true, force: true });
    cluster = await startCluster({ dir: DIR, servers: 2, port: await basePort() });
    db = createDb(cluster.databaseUrl);
  }, 600_000);

  afterAll(async () => {
    await db?.$disconnect();
    await cluster?.stop();
  }, 60_000);

  it('serves the same figures through nginx, from both servers, on PostgreSQL', async () => {
    expect(cluster.databaseUrl).toMatch(/^postgresql:\/\//);
    for (const server of cluster.servers) {
      const page = await text(`${server.url}/councils/welwyn-hatfield`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('£83,000');
    }
    const api = await Promise.all(
      [cluster.url, ...cluster.servers.map((s) => s.url)].map(async (base) =>
        JSON.parse((await text(`${base}/api/councils`)).text),
      ),
    );
    expect(api[1]).toEqual(api[0]);
    expect(api[2]).toEqual(api[0]);
    // Different pages through nginx reach both servers (round robin; its log says which).
    for (const page of ['/', '/england', '/councils', '/councils/hertsmere', '/about', '/sources/x-00000000']) {
      await text(`${cluster.url}${page}`);
    }
    const upstreams = new Set(
      cluster.nginx
        .accessLog()
        .map((l) => l.upstream)
        .filter((u) => u !== '-'),
    );
    expect([...upstreams].sort()).toEqual(cluster.servers.map((s) => `127.0.0.1:${s.port}`).sort());
  });

  it('shows a change on every server, page and API, within 1 s of the command line asking one to refresh', async () => {
    // Both servers have the page and the API answer cached before the change.
    for (const server of cluster.servers) {
      for (const page of ['/councils/watford', '/api/councils/watford']) await text(`${server.url}${page}`);
    }
    const ms = await timeOneChange(cluster, db, { refresh: true, timeoutMs: 5_000 });
    console.info(`cluster: a change reached both servers, page and API, in ${Math.round(ms)} ms (Redis)`);
    expect(ms).toBeLessThanOrEqual(1_000);
  });

  it('keeps answering with Redis stopped, and shares pages again once it is back', async () => {
    await cluster.redis!.stop();
    for (const server of cluster.servers) {
      for (const page of ['/', '/councils/welwyn-hatfield', '/api/england']) {
        expect((await text(`${server.url}${page}`)).status, `${server.url}${page}`).toBe(200);
      }
    }
    await cluster.redis!.start();
    // The servers reconnect by themselves: the pages they render are stored in Redis again ...
    const back = performance.now();
    while (!(await redisHoldsPages(cluster.redisUrl!))) {
      expect(performance.now() - back, 'pages in Redis again').toBeLessThan(10_000);
      for (const server of cluster.servers) await text(`${server.url}/england`);
      await sleep(200);
    }
    // ... and a change reaches every server at once again (a second after reconnecting at most).
    await sleep(1_000);
    expect(await timeOneChange(cluster, db, { refresh: true, timeoutMs: 5_000 })).toBeLessThanOrEqual(1_000);
  }, 60_000);

  it('answers from the cache or with a clear 503 while PostgreSQL is down, and recovers by itself', async () => {
    // Cached in nginx (and in Redis) before the outage.
    expect((await text(`${cluster.url}/councils/welwyn-hatfield`)).status).toBe(200);
    const articlesBefore = await db.article.count();
    await db.$disconnect();
    await cluster.postgres!.stop();
    try {
      const cached = await text(`${cluster.url}/councils/welwyn-hatfield`);
      expect(cached.status).toBe(200);
      expect(cached.text).toContain('£83,000');

      // Never rendered before: nothing to serve but the proxy's page.
      const page = await text(`${cluster.url}/compare?a=hertsmere&b=watford`);
      expect(page.status).toBe(503);
      expect(page.headers.get('retry-after')).toEqual(['60']);
      expect(page.text).toContain('temporarily unavailable');
      const api = await text(`${cluster.url}/api/compare?a=hertsmere&b=watford`);
      expect(api.status).toBe(503);
      expect(JSON.parse(api.text)).toMatchObject({ error: { code: 'store_unavailable' } });
      // Straight to an app server, Next can only answer a page with a 500: the error page,
      // marked so that it tells the reader to try again, and no stack trace.
      const direct = await text(`${cluster.servers[0]!.url}/compare/hertsmere/welwyn-hatfield`);
      expect(direct.status).toBe(500);
      expect(direct.text).toContain('store-unavailable');
      for (const body of [page.text, api.text, direct.text]) expect(body).not.toMatch(/\n\s+at |node_modules|Prisma/);

      const ingest = await run('node_modules/.bin/tsx', ['lib/cli/ingest.ts', 'seeds/000_306cc6ddef71cacb.txt'], {
        env: { ...process.env, ...cluster.ingestEnv },
      }).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => e,
      );
      expect(ingest.code).toBe(1);
      expect(ingest.stderr).toMatch(
        /^ingest: cannot reach the database at postgresql:\/\/cctv:\*\*\*@127\.0\.0\.1:\d+\/cctv: .+; nothing was written\n$/,
      );
    } finally {
      await cluster.postgres!.start();
    }
    const back = performance.now();
    let status = 0;
    while (status !== 200 && performance.now() - back < 15_000) {
      status = (await text(`${cluster.servers[0]!.url}/api/compare?a=hertsmere&b=watford`)).status;
      if (status !== 200) await sleep(100);
    }
    expect(status).toBe(200);
    console.info(`cluster: answering again ${Math.round(performance.now() - back)} ms after PostgreSQL was back`);
    expect(performance.now() - back).toBeLessThan(10_000);
    db = createDb(cluster.databaseUrl);
    expect(await db.article.count()).toBe(articlesBefore);
  }, 120_000);

  it('loses no request when an app server is killed behind nginx', async () => {
    // As a signed-in editor: never answered from nginx's cache, so every request reaches a server.
    const load = new Promise<autocannon.Result>((resolve, reject) =>
      autocannon(
        {
          url: `${cluster.url}/councils/welwyn-hatfield`,
          connections: 8,
          duration: 6,
          headers: { cookie: 'better-auth.session_token=editor' },
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      ),
    );
    await sleep(2_000);
    await cluster.servers[1]!.stop('SIGKILL');
    const result = await load;
    console.info(`cluster: ${result.requests.total} requests through nginx while a server was killed`);
    expect(result.requests.total).toBeGreaterThan(50);
    expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({
      errors: 0,
      timeouts: 0,
      non2xx: 0,
    });
    await cluster.servers[1]!.start();
  }, 60_000);

  it('without Redis, shows a change on each server within its 5 s window', async () => {
    const env = { ...cluster.serverEnv };
    delete env.REDIS_URL;
    for (const server of cluster.servers) {
      await server.stop();
      await server.start(env);
      await text(`${server.url}/councils/watford`);
    }
    const ms = await timeOneChange(cluster, db, { refresh: false, timeoutMs: 10_000 });
    console.info(`cluster: a change reached both servers in ${Math.round(ms)} ms (no Redis, nobody told)`);
    expect(ms).toBeLessThanOrEqual(6_000);
  }, 120_000);
});
