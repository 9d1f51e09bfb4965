/**
 * The browser tests' server: a fresh store in tests/.tmp-e2e, prepared as `npm start` prepares
 * one (migrated, seeded from seeds/), a production build against it, then `next start`.
 * Never the dev store.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { prepareStore } from '../../lib/db/prepare';

const port = process.argv[2] ?? '3100';
const dir = path.resolve('tests/.tmp-e2e');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, 'e2e.db')}`, NEXT_TELEMETRY_DISABLED: '1' };

await prepareStore(env.DATABASE_URL);
const build = spawnSync(path.join('node_modules', '.bin', 'next'), ['build'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn(path.join('node_modules', '.bin', 'next'), ['start', '--port', port, '--hostname', '127.0.0.1'], {
  stdio: 'inherit',
  env,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
