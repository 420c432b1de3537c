import { defineConfig } from '@playwright/test';

// Two workers, one per core: each test launches its own Chromium with the extension loaded, and most of a test's
// time is waiting on the browser, so two run side by side in well under the time of one after the other.
// One exception: policy.spec.ts writes Chromium's machine-wide managed policy file, which every Chromium on the
// machine reads, so it runs alone, after the rest (the `machine-policy` project depends on `chromium`).
// scripts/test.sh runs the two projects one after the other itself (`--no-deps`), so a failure in the first still
// lets the policy tests run and report rather than be skipped.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 5_000 },
  workers: 2,
  // CI gets one retry: a test that passes only on retry is reported as flaky (scripts/summarize-tests.mjs prints
  // the count), never silently as passed.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { testIdAttribute: 'data-testid', trace: 'retain-on-failure' },
  projects: [
    { name: 'chromium', testIgnore: /policy\.spec\.ts$/ },
    { name: 'machine-policy', testMatch: /policy\.spec\.ts$/, dependencies: ['chromium'], workers: 1 },
  ],
});
