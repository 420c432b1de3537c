#!/usr/bin/env bash
# `npm test`: everything, from a fresh clone. Type check, lint, build the extension and the demo pages, unit tests
# (vitest), then end-to-end tests in Debian's Chromium with the built extension loaded (Playwright), then the
# Firefox build in Debian's firefox-esr (tests/firefox: WebDriver BiDi through puppeteer-core).
set -euo pipefail
cd "$(dirname "$0")/.."
TANDEM_NEEDS_FIREFOX=1 source scripts/setup.sh

mkdir -p reports
echo "==> Type check"
npx tsc --noEmit
echo "==> Lint (ESLint: typescript-eslint, react-hooks, regexp incl. super-linear backtracking/move, import cycles)"
npm run -s lint
echo "==> Build the extension and the demo helpdesk pages"
npx wxt build
node demo/build.mjs

status=0
echo "==> Unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile=reports/vitest.json || status=1
echo "==> Request Tracker 5 for the end-to-end tests (installed and started when missing)"
bash scripts/rt/setup-rt.sh
echo "==> End-to-end tests (Playwright + Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json || status=1

echo "==> End-to-end tests in Firefox (firefox-esr + the Firefox build)"
npx wxt build -b firefox
npx vitest run -c vitest.firefox.config.ts --reporter=default --reporter=json --outputFile=reports/firefox.json || status=1

node scripts/summarize-tests.mjs reports/vitest.json reports/playwright.json reports/firefox.json || status=1
exit $status
