/**
 * npm start: everything a fresh checkout needs to serve the dashboard.
 * 1. apply migrations to the store (DATABASE_URL, default prisma/dev.db);
 * 2. seed it from seeds/ when it holds no article yet;
 * 3. build the app when there is no build or the sources are newer than it;
 * 4. serve on PORT (default 3000).
 * Sign-in needs BETTER_AUTH_SECRET and BETTER_AUTH_URL: when unset, the secret is made once into
 * .env.local and the address is http://localhost:PORT (lib/auth/local-env.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { LOCAL_ENV_FILE, localAuthSettings } from '../auth/local-env';
import { prepareStore, SEEDS } from '../db/prepare';
import { describeFailure } from '../db/errors';
import { redactUrl } from '../db/url';
import { databaseUrl, readAuthEnv, readEnv } from '../env';
import { describeOutcome } from '../ingest/seed-folder';

const SOURCES = ['app', 'components', 'lib', 'next.config.ts', 'package.json', 'tsconfig.json'];

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`start: ${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const info = statSync(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  if (entry.endsWith(`${path.sep}generated`) || entry.endsWith('/generated')) return 0;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

function needsBuild(): boolean {
  const buildId = path.join('.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  return Math.max(...SOURCES.map(newestMtime)) > statSync(buildId).mtimeMs;
}

let env;
try {
  env = readEnv();
  const auth = localAuthSettings(env.PORT);
  if (auth.generated) console.log(`start: made a sign-in secret, BETTER_AUTH_SECRET, in ${LOCAL_ENV_FILE}`);
  process.env.BETTER_AUTH_SECRET = auth.BETTER_AUTH_SECRET;
  process.env.BETTER_AUTH_URL = auth.BETTER_AUTH_URL;
  readAuthEnv();
} catch (error) {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
process.env.DATABASE_URL = databaseUrl();
process.env.NEXT_TELEMETRY_DISABLED = '1';
const bin = (name: string) => path.join('node_modules', '.bin', name);

console.log(`start: store ${redactUrl(process.env.DATABASE_URL)}`);
try {
  const seeded = await prepareStore(process.env.DATABASE_URL);
  if (seeded) {
    console.log(`start: the store was empty; seeded from ${SEEDS}/`);
    for (const outcome of seeded) console.log(describeOutcome(outcome));
  }
} catch (error) {
  console.error(`start: ${describeFailure(error, process.env.DATABASE_URL)}`);
  process.exit(1);
}

if (needsBuild()) {
  console.log('start: building the app');
  run(bin('next'), ['build']);
}

console.log(`start: serving on http://localhost:${env.PORT}/`);
const server = spawn(bin('next'), ['start', '--port', String(env.PORT)], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
