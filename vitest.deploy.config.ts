/**
 * Vitest config for the nginx tests (npm run test:deploy): real nginx in front of stub app
 * servers, no store. One file at a time, since each starts nginx and its stubs; timeouts are
 * generous because tests wait for cache entries to expire.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/deploy/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup/console-error.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
