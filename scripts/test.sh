#!/usr/bin/env bash
# `npm test`: everything, from a fresh clone. Type check, lint, build the extension and the demo pages, unit tests
# (vitest), then end-to-end tests in Debian's Chromium with the built extension loaded (Playwright), then the
# Firefox build in Debian's firefox-esr (tests/firefox: WebDriver BiDi through puppeteer-core).
set -euo pipefail
cd "$(dirname "$0")/.."
TANDEM_NEEDS_FIREFOX=1 source scripts/setup.sh

mkdir -p reports
# Each phase prints how long it took, so a slower run shows where the time went.
phase_start=$SECONDS
phase() {
  [ -z "${phase_name:-}" ] || echo "    (${phase_name}: $((SECONDS - phase_start)) s)"
  phase_name=$1
  phase_start=$SECONDS
  echo "==> $1"
}

# Request Tracker 5 (the real helpdesk of the end-to-end tests) installs and starts in the background while the
# checks, the build and the unit tests run: its apt-get and first start are mostly waiting on disk and network.
# The end-to-end phase waits for it; when it cannot start, the run fails there with RT's own message.
rt_log=reports/rt-setup.log
(bash scripts/rt/setup-rt.sh >"$rt_log" 2>&1; echo $? >reports/rt-setup.rc) &
rt_setup=$!

phase "Type check"
npx tsc --noEmit
phase "Lint (ESLint: typescript-eslint, react-hooks, regexp incl. super-linear backtracking/move, import cycles)"
npm run -s lint
phase "Build the extension and the demo helpdesk pages"
npx wxt build
node demo/build.mjs

status=0
phase "Unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile=reports/vitest.json || status=1

phase "Request Tracker 5 for the end-to-end tests (installed and started in the background since the start)"
wait "$rt_setup" || true
cat "$rt_log"
if [ "$(cat reports/rt-setup.rc 2>/dev/null)" != 0 ]; then
  echo "Request Tracker 5 did not start (see above and $rt_log): the end-to-end tests need it." >&2
  exit 1
fi

phase "End-to-end tests (Playwright + Chromium, two workers)"
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --project=chromium --no-deps --reporter=list,json || status=1
phase "End-to-end tests of machine-wide managed policy (Playwright + Chromium, alone: every Chromium reads the file)"
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright-policy.json npx playwright test --project=machine-policy --no-deps --reporter=list,json || status=1

phase "End-to-end tests in Firefox (firefox-esr + the Firefox build)"
npx wxt build -b firefox
npx vitest run -c vitest.firefox.config.ts --reporter=default --reporter=json --outputFile=reports/firefox.json || status=1
phase "Summary"

node scripts/summarize-tests.mjs reports/vitest.json reports/playwright.json reports/playwright-policy.json reports/firefox.json || status=1
echo "    (whole run: ${SECONDS} s)"
exit $status
