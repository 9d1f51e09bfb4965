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
    include: ['tests/unit/extract/**/*.test.ts'],
    globalSetup: [],
  },
});
