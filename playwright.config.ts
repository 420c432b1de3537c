import { defineConfig } from '@playwright/test';

// One worker: two cores, and each test launches its own Chromium with the extension loaded.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 5_000 },
  workers: 1,
  // CI gets one retry: a test that passes only on retry is reported as flaky (scripts/summarize-tests.mjs prints
  // the count), never silently as passed.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { testIdAttribute: 'data-testid', trace: 'retain-on-failure' },
});
