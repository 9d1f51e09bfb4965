/** Vitest config for Stryker's run on lib/review (stryker.review.config.mjs): its unit tests only. */
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // SQLite only, whatever TEST_DATABASE_URL says.
    projects: undefined,
    include: [
      'tests/unit/review/**/*.test.ts',
      'tests/unit/editor/**/*.test.ts',
      'tests/unit/ingest/index.test.ts',
      'tests/unit/domain/describe-correction.test.ts',
    ],
  },
});
