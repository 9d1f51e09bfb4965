import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The unit and integration tests run on SQLite; with TEST_DATABASE_URL set (a PostgreSQL role with
 * CREATEDB), the tests that use a store run again on PostgreSQL, as the `postgresql` project.
 */
const ALL_TESTS = ['tests/unit/**/*.test.ts'];
const STORE_TESTS = [
  'tests/unit/api/**/*.test.ts',
  'tests/unit/auth/users*.test.ts',
  'tests/unit/cli/**/*.test.ts',
  'tests/unit/db/**/*.test.ts',
  'tests/unit/editor/**/*.test.ts',
  'tests/unit/ingest/**/*.test.ts',
  'tests/unit/queries/**/*.test.ts',
  'tests/unit/review/**/*.test.ts',
];

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'server-only': path.resolve(import.meta.dirname, 'tests/setup/server-only.ts'),
    },
  },
  test: {
    include: process.env.TEST_DATABASE_URL ? [] : ALL_TESTS,
    environment: 'node',
    globalSetup: ['tests/setup/global-db.ts'],
    setupFiles: ['tests/setup/console-error.ts'],
    // A project's `include` is added to the root's, so with projects the root includes nothing.
    projects: process.env.TEST_DATABASE_URL
      ? [
          { extends: true, test: { name: 'sqlite', include: ALL_TESTS } },
          {
            extends: true,
            test: {
              name: 'postgresql',
              include: STORE_TESTS,
              env: { TEST_STORE: 'postgresql' },
              globalSetup: ['tests/setup/global-postgres.ts'],
            },
          },
        ]
      : undefined,
  },
});
