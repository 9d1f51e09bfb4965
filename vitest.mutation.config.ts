/**
 * Vitest config for Stryker (stryker.config.mjs): the parser's own unit tests only. They need no
 * store, so the global setup that migrates one is left out; the console.error guard stays.
 */
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // SQLite only, whatever TEST_DATABASE_URL says.
    projects: undefined,
    include: ['tests/unit/extract/**/*.test.ts'],
    // The property tests feed 100 KB of random text (3 of the suite's 5 seconds) to check the parser
    // never throws: they run in npm test, but here they would triple the time of every mutant.
    exclude: ['tests/unit/extract/properties.test.ts'],
    globalSetup: [],
  },
});
