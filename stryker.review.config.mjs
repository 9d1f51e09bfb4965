/**
 * Mutation testing of the editors' review rules (lib/review) with their unit tests:
 * `npm run test:mutation:review`. Unlike the parser's run (stryker.config.mjs), these tests need
 * a store, so the global setup that migrates one stays. docs/decisions/011-mutation-testing.md.
 */
import base from './stryker.config.mjs';

const config = {
  ...base,
  vitest: { configFile: 'vitest.review-mutation.config.ts', related: true },
  mutate: ['lib/review/**/*.ts'],
  htmlReporter: { fileName: 'reports/mutation/review.html' },
  incrementalFile: 'reports/stryker-review-incremental.json',
};

export default config;
