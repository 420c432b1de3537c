#!/usr/bin/env bash
# Shared set-up for `npm run demo` and `npm test` on a fresh machine: dependencies from the lock file, and
# Debian's Chromium and firefox-esr for the browsers (Playwright's own browser downloads do not work on these machines).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> Installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
# Debian's firefox-esr (security updates) for the Firefox suite (tests/firefox, WebDriver BiDi through puppeteer-core):
# only when the caller asks for it (scripts/test.sh sets TANDEM_NEEDS_FIREFOX=1; the demo runs in Chromium alone).
FIREFOX_PATH="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
missing=()
[ -x "$CHROMIUM_PATH" ] || missing+=(chromium)
[ "${TANDEM_NEEDS_FIREFOX:-0}" != 1 ] || [ -x "$FIREFOX_PATH" ] || missing+=(firefox-esr)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "==> Installing Debian's ${missing[*]} (apt-get)"
    apt-get update -o DPkg::Lock::Timeout=120 -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=120 "${missing[@]}"
  else
    echo "Missing: ${missing[*]} (looked for $CHROMIUM_PATH and $FIREFOX_PATH)." >&2
    echo "Install them (Debian/Ubuntu: sudo apt-get install ${missing[*]}) or set CHROMIUM_PATH / FIREFOX_PATH to the browsers." >&2
    exit 1
  fi
fi
# An older Chromium than the tests need is upgraded, or the run stops and says why (scripts/chromium-version.sh).
source scripts/chromium-version.sh
ensure_chromium_version || exit 1
export CHROMIUM_PATH FIREFOX_PATH
