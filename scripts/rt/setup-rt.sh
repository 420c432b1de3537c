#!/usr/bin/env bash
# Request Tracker 5 from Debian, on SQLite, served by its standalone server on 127.0.0.1 — a real helpdesk for the
# end-to-end tests (tests/e2e/rt.spec.ts). Installs it when missing (root + apt-get), configures it so it never sends
# mail and shows history inline, seeds a queue the tests can write to, and starts rt-server unless one answers.
# Fails loudly: a test run that needs RT must never skip it silently.
#   RT_PORT (default 8080)   the port rt-server listens on
set -euo pipefail
RT_PORT="${RT_PORT:-8080}"
RT_URL="http://127.0.0.1:${RT_PORT}/rt"
RT_ROOT_PASSWORD="${RT_ROOT_PASSWORD:-tandem-test}"
LOG_DIR="${RT_LOG_DIR:-/tmp/tandem-rt}"
mkdir -p "$LOG_DIR"

fail() { echo "Request Tracker: $*" >&2; exit 1; }

if ! command -v rt-mailgate-5 >/dev/null || [ ! -x /usr/share/request-tracker5/libexec/rt-server ]; then
  [ "$(id -u)" = 0 ] || fail "not installed, and installing needs root (apt-get install request-tracker5 rt5-db-sqlite rt5-standalone rt5-clients)"
  command -v apt-get >/dev/null || fail "not installed, and this machine has no apt-get"
  echo "==> Installing Request Tracker 5 (Debian packages, SQLite)"
  debconf-set-selections <<SEL
request-tracker5 request-tracker5/database-type select sqlite3
request-tracker5 request-tracker5/dbconfig-install boolean true
request-tracker5 request-tracker5/webbaseurl string http://127.0.0.1:${RT_PORT}
request-tracker5 request-tracker5/webpath string /rt
request-tracker5 request-tracker5/initial-root-password password ${RT_ROOT_PASSWORD}
request-tracker5 request-tracker5/install-cronjobs boolean false
request-tracker5 request-tracker5/rtname string localhost
request-tracker5 request-tracker5/handle-siteconfig-permissions boolean true
SEL
  apt-get update -o DPkg::Lock::Timeout=120 -qq || fail "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=120 \
    request-tracker5 rt5-db-sqlite rt5-standalone rt5-clients >"$LOG_DIR/apt.log" 2>&1 \
    || { tail -30 "$LOG_DIR/apt.log" >&2; fail "apt-get install failed (log: $LOG_DIR/apt.log)"; }
fi

SITE=/etc/request-tracker5/RT_SiteConfig.d/90-tandem-tests.pm
if [ ! -f "$SITE" ]; then
  [ "$(id -u)" = 0 ] || fail "cannot write $SITE without root"
  cat >"$SITE" <<PERL
# Written by Tandem's scripts/rt/setup-rt.sh for its end-to-end tests.
Set(\$WebDomain, '127.0.0.1');
Set(\$WebPort, ${RT_PORT});
Set(\$WebPath, '/rt');
Set(@ReferrerWhitelist, qw(127.0.0.1:${RT_PORT} localhost:${RT_PORT} rt.tandem.test:80 rt.tandem.test:${RT_PORT}));
Set(\$MailCommand, 'testfile');
Set(\$ShowHistory, 'always');
Set(\$RestrictReferrer, 0);
1;
PERL
  # Customer mail comes in through rt-mailgate as Everyone: let Everyone create tickets and reply on any queue.
  perl -e '
    use lib "/usr/share/request-tracker5/lib"; use RT; RT::LoadConfig(); RT::Init();
    my $g = RT::Group->new(RT->SystemUser); $g->LoadSystemInternalGroup("Everyone");
    for my $right (qw(CreateTicket ReplyToTicket SeeQueue ShowTicket)) {
      my ($ok, $msg) = $g->PrincipalObj->GrantRight(Right => $right, Object => RT->System);
      print "grant $right: $msg\n";
    }' >"$LOG_DIR/grant.log" 2>&1 || { cat "$LOG_DIR/grant.log" >&2; fail "could not grant the mail gateway its rights"; }
fi

if curl -fsS -o /dev/null "$RT_URL/" 2>/dev/null; then
  echo "==> Request Tracker already answers at $RT_URL"
  exit 0
fi
echo "==> Starting Request Tracker at $RT_URL"
nohup /usr/share/request-tracker5/libexec/rt-server --host 127.0.0.1 --port "$RT_PORT" --webpath /rt \
  >"$LOG_DIR/rt-server.log" 2>&1 &
echo $! >"$LOG_DIR/rt-server.pid"
for _ in $(seq 1 60); do
  if curl -fsS -o /dev/null "$RT_URL/" 2>/dev/null; then echo "==> Request Tracker is up ($RT_URL, pid $(cat "$LOG_DIR/rt-server.pid"))"; exit 0; fi
  kill -0 "$(cat "$LOG_DIR/rt-server.pid")" 2>/dev/null || { tail -30 "$LOG_DIR/rt-server.log" >&2; fail "rt-server exited"; }
  sleep 1
done
tail -30 "$LOG_DIR/rt-server.log" >&2
fail "rt-server did not answer at $RT_URL within 60 s"
