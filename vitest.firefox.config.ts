// The Firefox end-to-end suite (tests/firefox): Debian's firefox-esr with the built Firefox extension, driven over
// WebDriver BiDi by puppeteer-core. Plain Node (no DOM emulation), one file at a time (each launches a browser;
// the machine has 2 cores), generous timeouts for a browser start on a busy machine. `npm run test:firefox`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/firefox/**/*.test.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
