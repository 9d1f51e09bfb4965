/**
 * The browser tests' server: a fresh SQLite store in tests/.tmp-e2e, migrated and seeded from
 * seeds/, a production build against it, then `next start`. Never the dev store.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createDb } from '../../lib/db';
import { ingestFolder } from '../../lib/ingest/seed-folder';

const port = process.argv[2] ?? '3100';
const dir = path.resolve('tests/.tmp-e2e');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, 'e2e.db')}`, NEXT_TELEMETRY_DISABLED: '1' };

const run = (bin: string, args: string[]) => {
  const r = spawnSync(path.join('node_modules', '.bin', bin), args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run('prisma', ['migrate', 'deploy']);
const db = createDb(env.DATABASE_URL);
await ingestFolder(db, 'seeds');
await db.$disconnect();
run('next', ['build']);

const server = spawn(path.join('node_modules', '.bin', 'next'), ['start', '--port', port, '--hostname', '127.0.0.1'], {
  stdio: 'inherit',
  env,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
