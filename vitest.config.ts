import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/setup/global-db.ts'],
    // Each test file opens its own SQLite copy; files run in parallel on both cores.
    pool: 'forks',
  },
});
