/**
 * The browser tests' servers: one production build, then two `next start`s on stores of their own
 * (tests/e2e/stores.ts: SQLite files in tests/.tmp-e2e, or PostgreSQL databases), each prepared
 * as `npm start` prepares one (migrated, seeded from seeds/) with the accounts of
 * tests/e2e/users.ts. The public pages' tests read one (PORT); the editors' and
 * sign-in tests, which change data, use the other (PORT + 1), so the two never see each other's
 * writes. The editors' server starts first and the public one only once it answers, so Playwright,
 * which waits for the public one, finds both up. Never the dev store.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { addUser, disableUser } from '../../lib/auth/users';
import { createDb } from '../../lib/db';
import { prepareStore } from '../../lib/db/prepare';
import { readAuthEnv } from '../../lib/env';
import { admin, dropDatabase } from '../setup/postgres';
import { E2E_DIALECT, EDITOR_STORE_URL, PUBLIC_STORE_URL } from './stores';
import { ACCOUNTS, PASSWORD } from './users';

const port = Number(process.argv[2] ?? '3100');
const dir = path.resolve('tests/.tmp-e2e');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const envFor = (store: string, p: number) => ({
  ...process.env,
  DATABASE_URL: store,
  NEXT_TELEMETRY_DISABLED: '1',
  // A fixed secret for a throwaway store: the tests' cookies are signed with it and nothing else.
  BETTER_AUTH_SECRET: 'e2e-only-secret-never-used-outside-the-browser-tests',
  BETTER_AUTH_URL: `http://127.0.0.1:${p}`,
});
const publicEnv = envFor(PUBLIC_STORE_URL, port);
const editorEnv = envFor(EDITOR_STORE_URL, port + 1);

for (const env of [publicEnv, editorEnv]) {
  // On PostgreSQL, a new database for each run, as the SQLite files are new (the folder was emptied).
  if (E2E_DIALECT === 'postgresql') {
    const name = new URL(env.DATABASE_URL).pathname.slice(1);
    await dropDatabase(name);
    await admin(`CREATE DATABASE "${name}"`);
  }
  await prepareStore(env.DATABASE_URL);
  const db = createDb(env.DATABASE_URL);
  for (const account of ACCOUNTS) {
    await addUser(db, { email: account.email, role: account.role, password: PASSWORD }, { env: readAuthEnv(env) });
    if (account.disabled) await disableUser(db, account.email);
  }
  await db.$disconnect();
}
// Pages prerendered at build time read the public store; both stores hold the same seed.
const build = spawnSync(path.join('node_modules', '.bin', 'next'), ['build'], { stdio: 'inherit', env: publicEnv });
if (build.status !== 0) process.exit(build.status ?? 1);

const servers: ChildProcess[] = [];
const start = (env: NodeJS.ProcessEnv, p: number) => {
  const server = spawn(
    path.join('node_modules', '.bin', 'next'),
    ['start', '--port', String(p), '--hostname', '127.0.0.1'],
    {
      stdio: 'inherit',
      env,
    },
  );
  servers.push(server);
  server.on('exit', (code) => {
    for (const s of servers) s.kill();
    process.exit(code ?? 0);
  });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => servers.forEach((s) => s.kill(signal)));

start(editorEnv, port + 1);
for (let i = 0; i < 600; i++) {
  const up = await fetch(`http://127.0.0.1:${port + 1}/sign-in`).then(
    (r) => r.ok,
    () => false,
  );
  if (up) break;
  await new Promise((r) => setTimeout(r, 100));
}
start(publicEnv, port);
