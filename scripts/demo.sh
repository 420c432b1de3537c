#!/usr/bin/env bash
# `npm run demo`: from a fresh clone, build Tandem and open it beside the bundled demo helpdesk pages.
# With a display: a Chromium window with the demo tickets and the panel. Without one: headless, writing a
# screenshot of each demo ticket with the panel beside it. No API key and no network needed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
echo "==> Building the extension and the demo helpdesk pages"
npx wxt build >/dev/null
node demo/build.mjs
node scripts/run-ts.mjs scripts/demo.ts "$@"
