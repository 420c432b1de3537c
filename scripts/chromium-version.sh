# Sourced by scripts/setup.sh (and by its test): the Chromium the end-to-end tests need, and the upgrade when the
# installed one is older. Functions only: sourcing this file does nothing by itself.
#
# Why 156: with Debian's Chromium 150 the offline drafts end-to-end test (tests/e2e/drafts.spec.ts) fails; 156 passes
# (issue 18).
TANDEM_MIN_CHROMIUM="${TANDEM_MIN_CHROMIUM:-156}"

# The major version in a `chromium --version` line ("Chromium 156.0.8078.114 built on Debian ..."), or nothing.
chromium_major() {
  local line="$1"
  if [[ "$line" =~ (Chromium|Chrome)[^0-9]*([0-9]+)\. ]]; then
    echo "${BASH_REMATCH[2]}"
  fi
}

# Succeeds when the version line names a Chromium at least TANDEM_MIN_CHROMIUM (or $2).
chromium_new_enough() {
  local major min="${2:-$TANDEM_MIN_CHROMIUM}"
  major="$(chromium_major "$1")"
  [ -n "$major" ] && [ "$major" -ge "$min" ]
}

# Checks "$CHROMIUM_PATH" --version; when it is older than the tests need, upgrades Debian's chromium with apt-get
# (as root), checks again, and stops the run with the reason when it is still too old or cannot be upgraded.
ensure_chromium_version() {
  local path="${CHROMIUM_PATH:-/usr/bin/chromium}" line
  line="$("$path" --version 2>/dev/null || true)"
  if chromium_new_enough "$line"; then
    return 0
  fi
  echo "==> $path is ${line:-unknown (no --version output)}; the end-to-end tests need Chromium >= $TANDEM_MIN_CHROMIUM"
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "==> Upgrading Debian's chromium (apt-get)"
    apt-get update -o DPkg::Lock::Timeout=300 -qq || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends --only-upgrade -o DPkg::Lock::Timeout=300 chromium || true
    line="$("$path" --version 2>/dev/null || true)"
    if chromium_new_enough "$line"; then
      echo "==> Now $line"
      return 0
    fi
    echo "Chromium is still too old: $path is ${line:-unknown} after apt-get, and the tests need >= $TANDEM_MIN_CHROMIUM" >&2
    echo "(Debian ships newer Chromium through its security updates: check that the apt sources include the -security suite, or set CHROMIUM_PATH to a newer Chromium.)" >&2
    return 1
  fi
  echo "Chromium is too old: $path is ${line:-unknown}, and the end-to-end tests need >= $TANDEM_MIN_CHROMIUM (older ones fail the offline drafts test)." >&2
  echo "Upgrade it (Debian/Ubuntu: sudo apt-get install --only-upgrade chromium) or set CHROMIUM_PATH to a newer Chromium." >&2
  return 1
}
