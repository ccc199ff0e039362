#!/usr/bin/env bash
# Browser tests: WCAG 2.1 AA (axe-core) on every language and the quick-exit link, in
# Debian's headless Chromium driven by playwright-core (no browser download).
#
#   scripts/browser-test.sh
#
# Sets up what it needs on a fresh machine of this project's kind (Debian, root, the npm
# registry and Debian's packages reachable, no other network): installs Debian's
# chromium if /usr/bin/chromium is missing and fonts-noto-core if missing, runs `npm ci`
# in tests/browser when node_modules is missing or stale, builds
# target/debug/kontaktpunkt when it is missing or older than the sources, then starts
# the server in dev mode on a free loopback port with a throw-away database, runs
# tests/browser/a11y.mjs, quick-exit.mjs and traces.mjs (what Back brings back) against
# it, then the console, inbox and chat walks, then no-js.mjs (the whole public flow with
# JavaScript off, as over Tor at "Safest"), and always stops it.
#
# BROWSER_TEST_BIN=/path/to/kontaktpunkt uses that binary as it is (no build). (Not a
# KONTAKTPUNKT_* name: the server rejects unknown KONTAKTPUNKT_ variables.)
set -euo pipefail
if [ -n "${BROWSER_TEST_BIN:-}" ]; then BROWSER_TEST_BIN="$(realpath "$BROWSER_TEST_BIN")"; fi
cd "$(dirname "$0")/.."
ROOT="$PWD"
BROWSER_DIR="$ROOT/tests/browser"

# --- Chromium and fonts (Debian's packages) --------------------------------------------
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
# Debian's default fonts (DejaVu) lack Tigrinya's Ethiopic script and some Pashto letters:
# without a font those pages render as empty boxes, and the 320 px reflow check would
# measure the boxes. fonts-noto-core covers every script the site is written in.
installed fonts-noto-core || need+=(fonts-noto-core)
if [ "${#need[@]}" -gt 0 ]; then
  echo "== apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y "${need[@]}"; then
    apt-get update
    apt-get install -y "${need[@]}"
  fi
fi

# --- Node.js packages ------------------------------------------------------------------
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "node and npm are needed (Node.js 20 or later)" >&2
  exit 1
fi
lock_sum="$(sha256sum "$BROWSER_DIR/package-lock.json" "$BROWSER_DIR/package.json" | sha256sum | cut -d' ' -f1)"
stamp="$BROWSER_DIR/node_modules/.kontaktpunkt-lock-sum"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ] ||
  [ ! -f "$BROWSER_DIR/node_modules/axe-core/axe.min.js" ] ||
  [ ! -d "$BROWSER_DIR/node_modules/playwright-core" ]; then
  echo "== npm ci (tests/browser)"
  (cd "$BROWSER_DIR" && npm ci --no-audit --no-fund)
  echo "$lock_sum" >"$stamp"
fi

# --- The server binary -----------------------------------------------------------------
if [ -n "${BROWSER_TEST_BIN:-}" ]; then
  BIN="$BROWSER_TEST_BIN"
else
  BIN="${CARGO_TARGET_DIR:-$ROOT/target}/debug/kontaktpunkt"
  if [ ! -x "$BIN" ] ||
    [ -n "$(find src migrations Cargo.toml Cargo.lock -newer "$BIN" -print -quit 2>/dev/null)" ]; then
    echo "== cargo build --locked"
    cargo build --locked
  fi
fi
if [ ! -x "$BIN" ]; then
  echo "no server binary at $BIN" >&2
  exit 1
fi

# --- Start the server ------------------------------------------------------------------
TMP="$(mktemp -d "${TMPDIR:-/tmp}/kp-browser.XXXXXX")"
SERVER_PID=""
TEST_PID=""
cleanup() {
  if [ -n "$TEST_PID" ] && kill -0 "$TEST_PID" 2>/dev/null; then
    kill "$TEST_PID" 2>/dev/null || true
    wait "$TEST_PID" 2>/dev/null || true
  fi
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

PORT="$(node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')"
BASE="http://127.0.0.1:$PORT"
echo "== starting kontaktpunkt on $BASE"
# One throw-away data key for the server and the `user add` below.
KONTAKTPUNKT_DATA_KEY="$(head -c 32 /dev/urandom | base64)"
export KONTAKTPUNKT_DATA_KEY
# The chat is open all day, so the no-JavaScript walk (no-js.mjs) can start one whatever
# the hour (chat.mjs starts servers of its own for the open and closed hours).
ALL_DAY='["00:00-24:00"]'
# The walk is many people from one address: the flood limits (tests/api/floods.rs proves
# them) get room, as tests/api/helpers.rs gives them.
KONTAKTPUNKT_LISTEN="127.0.0.1:$PORT" KONTAKTPUNKT_OPS_LISTEN="127.0.0.1:0" \
  KONTAKTPUNKT_LIMITS__INTAKE_PER_CLIENT=100000 KONTAKTPUNKT_LIMITS__INTAKE_GLOBAL_PER_MINUTE=100000 \
  KONTAKTPUNKT_LIMITS__OPEN_CHATS_PER_CLIENT=100000 KONTAKTPUNKT_LIMITS__SIGN_IN_PER_CLIENT_PER_MINUTE=100000 \
  KONTAKTPUNKT_LIMITS__SIGN_IN_GLOBAL_PER_MINUTE=100000 \
  KONTAKTPUNKT_CHAT__MONDAY="$ALL_DAY" KONTAKTPUNKT_CHAT__TUESDAY="$ALL_DAY" \
  KONTAKTPUNKT_CHAT__WEDNESDAY="$ALL_DAY" KONTAKTPUNKT_CHAT__THURSDAY="$ALL_DAY" \
  KONTAKTPUNKT_CHAT__FRIDAY="$ALL_DAY" KONTAKTPUNKT_CHAT__SATURDAY="$ALL_DAY" \
  KONTAKTPUNKT_CHAT__SUNDAY="$ALL_DAY" KONTAKTPUNKT_CHAT__HOLIDAYS="$ALL_DAY" \
  KONTAKTPUNKT_DATABASE_URL="sqlite://$TMP/b.db" \
  KONTAKTPUNKT_DATA_DIR="$TMP/data" \
  KONTAKTPUNKT_LOG__LEVEL=warn \
  "$BIN" serve --dev >"$TMP/server.log" 2>&1 &
SERVER_PID=$!

healthy() {
  node -e 'fetch(process.argv[1]).then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))' "$BASE/healthz"
}
ready=""
for _ in $(seq 1 120); do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then break; fi
  if healthy; then ready=1; break; fi
  sleep 0.5
done
if [ -z "$ready" ]; then
  echo "the server did not answer $BASE/healthz with 200; its log:" >&2
  cat "$TMP/server.log" >&2
  exit 1
fi

# --- The tests -------------------------------------------------------------------------
# Each test runs in the background and is waited for, so that an interrupt reaches the
# trap (and stops the server) at once rather than when the test ends.
run_test() {
  echo "== tests/browser/$1"
  (cd "$BROWSER_DIR" && exec node "$1" "$BASE") &
  TEST_PID=$!
  local rc=0
  wait "$TEST_PID" || rc=$?
  TEST_PID=""
  return "$rc"
}
status=0
run_test a11y.mjs || status=1
run_test quick-exit.mjs || status=1
run_test traces.mjs || status=1

# An admin for the console pages (admins reach every page): the password on stdin, the
# TOTP secret read back.
echo "axe admin passphrase $RANDOM$RANDOM" >"$TMP/password"
CONSOLE_SECRET="$(KONTAKTPUNKT_DATABASE_URL="sqlite://$TMP/b.db" KONTAKTPUNKT_LOG__LEVEL=warn \
  "$BIN" user add --role admin --name axe-admin <"$TMP/password" | sed -n 's/^ *secret (base32): //p')"
export CONSOLE_NAME=axe-admin CONSOLE_PASSWORD="$(cat "$TMP/password")" CONSOLE_SECRET
# A handler for the case work an admin may not do (and, below, for referring to the inbox).
echo "axe handler passphrase $RANDOM$RANDOM" >"$TMP/handler-password"
HANDLER_SECRET="$(KONTAKTPUNKT_DATABASE_URL="sqlite://$TMP/b.db" KONTAKTPUNKT_LOG__LEVEL=warn \
  "$BIN" user add --role handler --name axe-handler <"$TMP/handler-password" | sed -n 's/^ *secret (base32): //p')"
export HANDLER_NAME=axe-handler HANDLER_PASSWORD="$(cat "$TMP/handler-password")" HANDLER_SECRET
run_test console.mjs || status=1

# A handler who refers a case, and a user of Malmö's social services for the inbox
# (municipality code 1280). Each signs in with a code of their own: a code works once, so
# the referring handler is another user than the one who worked the case above.
echo "axe referrer passphrase $RANDOM$RANDOM" >"$TMP/handler-password"
HANDLER_SECRET="$(KONTAKTPUNKT_DATABASE_URL="sqlite://$TMP/b.db" KONTAKTPUNKT_LOG__LEVEL=warn \
  "$BIN" user add --role handler --name axe-referrer <"$TMP/handler-password" | sed -n 's/^ *secret (base32): //p')"
export HANDLER_NAME=axe-referrer HANDLER_PASSWORD="$(cat "$TMP/handler-password")" HANDLER_SECRET
echo "axe inbox passphrase $RANDOM$RANDOM" >"$TMP/inbox-password"
INBOX_SECRET="$(KONTAKTPUNKT_DATABASE_URL="sqlite://$TMP/b.db" KONTAKTPUNKT_LOG__LEVEL=warn \
  "$BIN" user add --role municipality --name axe-malmo --municipality 1280 <"$TMP/inbox-password" |
  sed -n 's/^ *secret (base32): //p')"
export INBOX_NAME=axe-malmo INBOX_PASSWORD="$(cat "$TMP/inbox-password")" INBOX_SECRET
run_test inbox.mjs || status=1
CHAT_SERVER_BIN="$BIN" run_test chat.mjs || status=1
# Last: its enquiries, callback and chat would change what the console and inbox walks
# above count on the shared server.
run_test no-js.mjs || status=1

if [ "$status" -ne 0 ] && [ -s "$TMP/server.log" ]; then
  echo "== server log (last 40 lines)"
  tail -n 40 "$TMP/server.log"
fi
exit "$status"
