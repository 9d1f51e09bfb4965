/**
 * The shape the app takes beyond one machine, on one machine: PostgreSQL, Redis, N app servers
 * serving one build, and nginx in front (docs/decisions/016). `npm run serve:cluster` starts it
 * for anyone to try; the fault tests and the benchmark start it to stop parts of it.
 *
 * PostgreSQL and Redis are the ones given (DATABASE_URL, REDIS_URL), else private ones started
 * in the cluster's folder. Every process logs to that folder.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prepareStore } from '../../lib/db/prepare';
import { redactUrl } from '../../lib/db/url';
import { buildApp, needsBuild } from '../../lib/cli/build';
import { appServer, type AppServer } from './app-server';
import { startNginx, type Nginx } from './nginx';
import { localPostgres, type LocalPostgres } from './postgres';
import { localRedis, type LocalRedis } from './redis';

export interface ClusterOptions {
  /** Where the cluster keeps its state and logs (.cluster by default). */
  dir: string;
  /** How many app servers. */
  servers: number;
  /** nginx's port; the app servers take the ones after it, PostgreSQL and Redis theirs below. */
  port: number;
  /** A PostgreSQL to use instead of starting one. */
  databaseUrl?: string;
  /** A Redis to use; `false` for none (each server keeps its own cache); unset to start one. */
  redisUrl?: string | false;
  /** Build even when the build looks current. */
  rebuild?: boolean;
  /** Where progress goes. */
  log?: (line: string) => void;
}

export interface Cluster {
  /** nginx's address: what readers use. */
  url: string;
  nginx: Nginx;
  servers: AppServer[];
  databaseUrl: string;
  /** Set when the cluster started its own PostgreSQL: the fault tests stop and start it. */
  postgres: LocalPostgres | null;
  redisUrl: string | null;
  redis: LocalRedis | null;
  /** What the ingest command line needs to write to this cluster and refresh it. */
  ingestEnv: Record<string, string>;
  /** The app servers' environment (each adds its own port to BETTER_AUTH_URL's server). */
  serverEnv: NodeJS.ProcessEnv;
  stop: () => Promise<void>;
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const log = options.log ?? (() => {});
  const dir = path.resolve(options.dir);
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => {});
  };
  try {
    const postgres = options.databaseUrl
      ? null
      : await localPostgres({ dir: path.join(dir, 'postgres'), port: options.port - 2 });
    if (postgres) stops.push(postgres.stop);
    const databaseUrl = options.databaseUrl ?? postgres!.url;
    log(`PostgreSQL: ${redactUrl(databaseUrl)}${postgres ? ' (started here)' : ''}`);

    const redis = options.redisUrl === undefined ? await localRedis({ dir, port: options.port - 1 }) : null;
    if (redis) stops.push(redis.stop);
    const redisUrl = redis?.url ?? (options.redisUrl || null);
    log(redisUrl ? `Redis: ${redactUrl(redisUrl)}${redis ? ' (started here)' : ''}` : 'Redis: none');

    const seeded = await prepareStore(databaseUrl);
    if (seeded) log(`seeded the empty store from seeds/ (${seeded.length} article(s))`);
    const buildEnv = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: '1' };
    if (options.rebuild || needsBuild()) {
      log('building the app (a minute or two)');
      buildApp(buildEnv, 'pipe');
    }

    const publicUrl = `http://localhost:${options.port}`;
    const revalidateSecret = randomBytes(32).toString('base64url');
    const serverEnv: NodeJS.ProcessEnv = {
      ...buildEnv,
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
      REVALIDATE_SECRET: revalidateSecret,
      // The address readers (and editors) use is nginx's: forms are checked against it.
      BETTER_AUTH_URL: publicUrl,
      BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET || randomBytes(32).toString('base64url'),
      // nginx overwrites it with the address it saw (deploy/nginx/site.conf.template).
      TRUSTED_IP_HEADER: 'x-forwarded-for',
    };
    if (!redisUrl) delete serverEnv.REDIS_URL;
    const servers = Array.from({ length: options.servers }, (_, i) =>
      appServer({
        port: options.port + 1 + i,
        env: serverEnv,
        log: path.join(dir, `app-${options.port + 1 + i}.log`),
      }),
    );
    for (const server of servers) {
      await server.start();
      stops.push(() => server.stop());
      log(`app server: ${server.url}`);
    }

    const nginx = await startNginx({
      port: options.port,
      upstreams: servers.map((s) => `127.0.0.1:${s.port}`),
      prefix: path.join(dir, 'nginx'),
    });
    stops.push(nginx.stop);
    log(`nginx: ${nginx.url} (round robin over ${servers.length} app servers, micro-cache)`);

    // With Redis, one server's refresh reaches all; without, each is asked itself.
    const ingestEnv = {
      DATABASE_URL: databaseUrl,
      REVALIDATE_URLS: (redisUrl ? servers.slice(0, 1) : servers).map((s) => s.url).join(','),
      REVALIDATE_SECRET: revalidateSecret,
    };
    writeFileSync(
      path.join(dir, 'ingest.env'),
      `${Object.entries(ingestEnv)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n')}\n`,
      { mode: 0o600 },
    );
    return { url: nginx.url, nginx, servers, databaseUrl, postgres, redisUrl, redis, ingestEnv, serverEnv, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
