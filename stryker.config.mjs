/**
 * Mutation testing of the parser (lib/extract) with its unit tests: `npm run test:mutation`.
 * See docs/decisions/011-mutation-testing.md. Stryker checks this file against its own schema.
 */
const config = {
  testRunner: 'vitest',
  // Only tests/unit/extract, without the store the other unit tests need.
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  mutate: ['lib/extract/**/*.ts'],
  // The vitest runner always analyses coverage per test, so each mutant runs only the tests that reach it.
  coverageAnalysis: 'perTest',
  concurrency: 2,
  thresholds: { high: 90, low: 80, break: 80 },
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { logTests: false },
  // Reruns test only the mutants in changed code or reached by changed tests; `-- --force` runs them all.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // Not needed by the tests: kept out of the sandbox copies.
  ignorePatterns: ['test-results', 'playwright-report', 'bench-results', 'coverage', 'reports', 'tests/.tmp*'],
};

export default config;
