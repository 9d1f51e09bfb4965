/** npm run db:reset: deletes the store's file, migrates a new one and seeds it from seeds/. */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { databaseUrl } from '../env';

const url = databaseUrl();
const file = url.slice('file:'.length);
for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
console.log(`db:reset: removed ${file}`);

for (const args of [
  ['prisma', 'migrate', 'deploy'],
  ['tsx', 'prisma/seed.ts'],
]) {
  const [bin, ...rest] = args as [string, ...string[]];
  const result = spawnSync(path.join('node_modules', '.bin', bin), rest, {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
