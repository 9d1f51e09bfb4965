/**
 * npm start: everything a fresh checkout needs to serve the dashboard.
 * 1. apply migrations to the store (DATABASE_URL, default prisma/dev.db);
 * 2. seed it from seeds/ when it holds no article yet;
 * 3. build the app when there is no build or the sources are newer than it;
 * 4. serve on PORT (default 3000).
 * Sign-in needs BETTER_AUTH_SECRET and BETTER_AUTH_URL: when unset, the secret is made once into
 * .env.local and the address is http://localhost:PORT (lib/auth/local-env.ts).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { LOCAL_ENV_FILE, localAuthSettings } from '../auth/local-env';
import { prepareStore, SEEDS } from '../db/prepare';
import { describeFailure } from '../db/errors';
import { redactUrl } from '../db/url';
import { databaseUrl, readAuthEnv, readEnv } from '../env';
import { describeOutcome } from '../ingest/seed-folder';
import { buildApp, needsBuild } from './build';

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
  try {
    buildApp(process.env);
  } catch (error) {
    console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

console.log(`start: serving on http://localhost:${env.PORT}/`);
const server = spawn(bin('next'), ['start', '--port', String(env.PORT)], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
