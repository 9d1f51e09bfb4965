/**
 * npm run serve:cluster [-- --servers 2] [--port 8080] [--no-redis] [--rebuild]
 *
 * The several-servers shape on this machine: nginx on --port in front of --servers app servers
 * (one build), on PostgreSQL, sharing pages through Redis. DATABASE_URL (postgresql://) and
 * REDIS_URL are used when set; otherwise private ones are started in .cluster/ (Debian's
 * postgresql and redis-server packages; nginx is needed either way). Ctrl-C stops everything.
 * deploy/README.md says how to run the same shape on real machines.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { dialectOf, redactUrl } from '../../lib/db/url';
import { missingPackages } from './binaries';
import { startCluster } from './index';

const USAGE = 'usage: npm run serve:cluster [-- --servers N] [--port PORT] [--no-redis] [--rebuild]';

function fail(message: string, code = 2): never {
  console.error(`serve:cluster: ${message}`);
  process.exit(code);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      servers: { type: 'string', default: '2' },
      port: { type: 'string', default: '8080' },
      'no-redis': { type: 'boolean', default: false },
      rebuild: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const args = z
  .object({
    servers: z.coerce.number().int().min(1).max(16),
    port: z.coerce.number().int().min(1026).max(65_000),
    'no-redis': z.boolean(),
    rebuild: z.boolean(),
  })
  .safeParse(values);
if (!args.success) fail(`${args.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; ')}\n${USAGE}`);

const given = process.env.DATABASE_URL;
const databaseUrl = given && dialectOf(given) === 'postgresql' ? given : undefined;
if (given && !databaseUrl)
  console.log(`serve:cluster: DATABASE_URL is ${redactUrl(given)}, not PostgreSQL: starting one`);
const redisUrl = args.data['no-redis'] ? false : process.env.REDIS_URL || undefined;
const missing = missingPackages({ postgres: !databaseUrl, redis: redisUrl === undefined });
if (missing.length) fail(`needs ${missing.join(', ')}: apt-get install -y ${missing.join(' ')}`, 1);

try {
  const cluster = await startCluster({
    dir: '.cluster',
    servers: args.data.servers,
    port: args.data.port,
    databaseUrl,
    redisUrl,
    rebuild: args.data.rebuild,
    log: (line) => console.log(`serve:cluster: ${line}`),
  });
  const env = Object.entries(cluster.ingestEnv)
    .map(([k, v]) => `${k}=${k === 'DATABASE_URL' ? v : `'${v}'`}`)
    .join(' ');
  console.log(`
Serving http://localhost:${args.data.port}/ (nginx) from ${cluster.servers.length} app servers.
Add an article and refresh every server (these settings are also in .cluster/ingest.env):
  ${env} npm run ingest -- FILE --publisher "..."
Logs: .cluster/*.log, .cluster/nginx/access.log. Ctrl-C stops everything.`);
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log('serve:cluster: stopping');
      void cluster.stop().then(() => process.exit(0));
    });
  }
} catch (error) {
  fail(error instanceof Error ? error.message : String(error), 1);
}
