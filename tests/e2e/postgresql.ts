/**
 * npm run test:e2e:postgresql: the browser tests again, on PostgreSQL (two databases on
 * TEST_DATABASE_URL's server, tests/e2e/stores.ts). Without TEST_DATABASE_URL it says so and
 * skips, except when CI is set: .ci/run starts PostgreSQL, so there its absence is a failure.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

if (!process.env.TEST_DATABASE_URL) {
  const why = 'TEST_DATABASE_URL is not set (a postgresql:// URL of a role with CREATEDB; see the README)';
  if (process.env.CI) {
    console.error(`test:e2e:postgresql: ${why}`);
    process.exit(1);
  }
  console.warn(`test:e2e:postgresql: SKIPPED: ${why}`);
  process.exit(0);
}
const result = spawnSync(path.join('node_modules', '.bin', 'playwright'), ['test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, E2E_STORE: 'postgresql' },
});
process.exit(result.status ?? 1);
