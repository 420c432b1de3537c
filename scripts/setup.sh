#!/usr/bin/env bash
# Shared set-up for `npm run demo` and `npm test` on a fresh machine: dependencies from the lock file, and
# Debian's Chromium for the browser (Playwright's own browser download does not work on these machines).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> Installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "==> Installing Debian's Chromium (apt-get)"
    apt-get update -o DPkg::Lock::Timeout=120 -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=120 chromium
  else
    echo "Chromium is missing at $CHROMIUM_PATH." >&2
    echo "Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium/Chrome binary." >&2
    exit 1
  fi
fi
export CHROMIUM_PATH
