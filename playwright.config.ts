import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './tests/support/chromium';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const EDITOR_SPECS = /(auth|editor[\w-]*)\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium when it is installed, else whatever browser Playwright already has.
      executablePath: systemChromium,
      args: CHROMIUM_ARGS,
    },
  },
  // Tests that sign in and change data run against a second server with a store of its own
  // (tests/e2e/serve.ts), so the public pages' tests always see the seed alone.
  projects: [
    {
      name: 'chromium',
      testIgnore: EDITOR_SPECS,
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    {
      name: 'editor',
      testMatch: EDITOR_SPECS,
      use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${PORT + 1}` },
    },
  ],
  webServer: {
    // A production build on a temporary store seeded from seeds/ (tests/e2e/serve.ts).
    command: `node_modules/.bin/tsx tests/e2e/serve.ts ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
