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
  // Mutants in code that runs only when a module loads (the word lists and patterns in
  // patterns.ts, the council list) each need a fresh module graph and the whole suite: about
  // 900 of them at ~7 s each, 2 hours on two cores. They are left out here; the rules they feed
  // are held by rules.test.ts, where each rule's own sentence fails if its row or pattern goes.
  // Set this to false to run them too (an overnight job).
  ignoreStatic: true,
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
