#!/usr/bin/env bash
# Load benchmark of the staff console, against 127.0.0.1 only, bounded in time:
#  1. fills a fresh SQLite database with OPEN enquiries (default 10,000) through the real
#     public form (wrk POSTs with varied facts, so priorities, regions and flags mix);
#  2. signs a handler in (password + TOTP computed here);
#  3. measures the queue page `GET /console/` and one case page `GET /console/cases/{id}`
#     with one connection (latency of a single user) and with eight (a busy shift).
# Every page view is also an audit record (a committed write), as in production.
# Needs: wrk, python3 (Debian packages wrk, python3). Results: stdout and bench-results/.
set -euo pipefail
cd "$(dirname "$0")/.."

ITEMS="${ITEMS:-10000}"
DURATION="${DURATION:-10s}"
APP_PORT=18082
WORK="$(mktemp -d)"
OUT=bench-results
mkdir -p "$OUT"
trap 'kill "${APP_PID:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

need() { command -v "$1" >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq "$2" >/dev/null; }; command -v "$1" >/dev/null || { echo "missing $1 (apt-get install $2)" >&2; exit 1; }; }
need wrk wrk

export KONTAKTPUNKT_DATABASE_URL="sqlite://$WORK/bench.db"
export KONTAKTPUNKT_DATA_DIR="$WORK/data"
export KONTAKTPUNKT_LOG__LEVEL=warn
# Plain HTTP on loopback: cookies without the Secure/__Host- form, as in dev mode.
export KONTAKTPUNKT_HTTP__COOKIE_SECURE=false
export KONTAKTPUNKT_DATA_KEY="$(python3 -c 'import base64,os; print(base64.b64encode(os.urandom(32)).decode())')"
BASE="http://127.0.0.1:$APP_PORT"

cargo build --release --locked --quiet
BIN="${CARGO_TARGET_DIR:-target}/release/kontaktpunkt"
KONTAKTPUNKT_LISTEN="127.0.0.1:$APP_PORT" KONTAKTPUNKT_OPS_LISTEN="127.0.0.1:0" "$BIN" serve >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 100); do curl -fs "$BASE/readyz" >/dev/null && break; sleep 0.2; done

# 1. Open enquiries through the public form. Each wrk thread stops after its share.
curl -fs -c "$WORK/jar" "$BASE/sv/enquiry" -o "$WORK/form.html"
TOKEN="$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/form.html" | head -n1 | sed 's/.*value="//; s/"$//')"
COOKIE="$(awk '$6 == "kp_csrf" {print "kp_csrf=" $7}' "$WORK/jar")"
cat >"$WORK/seed.lua" <<LUA
local share = math.ceil($ITEMS / 2)
local done = 0
local pick = function(t) return t[math.random(#t)] end
local threats = {"none", "some", "serious", "acute", "unknown"}
local ages = {"under_15", "15_17", "18_20", "21_25", "26_plus", "unknown"}
local envs = {"criminal_network", "violent_extremism", "honour_related", "unknown"}
local places = {"1280", "0180", "1480", "2480", "0380", "1880", "2580", "0580"}
local who = {"self", "relative", "professional"}
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "$COOKIE"
request = function()
  local body = "_csrf=$TOKEN&enquirer=" .. pick(who) .. "&age_band=" .. pick(ages) ..
    "&environment=" .. pick(envs) .. "&municipality=" .. pick(places) .. "&threat=" .. pick(threats) ..
    "&consent_to_share=true&message=Jag+vill+ha+hj%C3%A4lp+att+l%C3%A4mna"
  return wrk.format(nil, nil, nil, body)
end
response = function(status)
  done = done + 1
  if done >= share then wrk.thread:stop() end
end
LUA
echo "== filling the queue with $ITEMS open enquiries"
wrk -t2 -c8 -d120s -s "$WORK/seed.lua" "$BASE/sv/enquiry" >"$WORK/seed.txt"
OPEN="$(python3 -c "import sqlite3; print(sqlite3.connect('$WORK/bench.db').execute(\"select count(*) from enquiries where status <> 'closed'\").fetchone()[0])")"
CASE_ID="$(python3 -c "import sqlite3; print(sqlite3.connect('$WORK/bench.db').execute('select id from enquiries order by priority, created_at limit 1').fetchone()[0])")"
echo "open enquiries: $OPEN"

# 2. A handler, signed in with password and a code from the printed secret.
printf 'bench password of some length\n' |
  "$BIN" user add --role handler --name bench-handler >"$WORK/user.txt"
SECRET="$(awk '/secret \(base32\)/ {print $NF}' "$WORK/user.txt")"
SESSION="$(python3 - "$BASE" "$SECRET" <<'PY'
import base64, hashlib, hmac, http.cookiejar, re, struct, sys, time, urllib.parse, urllib.request
base, secret = sys.argv[1], sys.argv[2]
key = base64.b32decode(secret + "=" * (-len(secret) % 8))
digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
offset = digest[-1] & 0x0F
code = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
jar = http.cookiejar.CookieJar()
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
page = opener.open(base + "/console/sign-in").read().decode()
token = re.search(r'name="_csrf" value="([^"]*)"', page).group(1)
body = urllib.parse.urlencode({"_csrf": token, "name": "bench-handler",
    "password": "bench password of some length", "code": f"{code:06d}"}).encode()
try:
    opener.open(base + "/console/sign-in", body)
except urllib.error.HTTPError as answer:
    if answer.code != 303:
        sys.exit(f"sign-in answered {answer.code}")
print("; ".join(f"{c.name}={c.value}" for c in jar))
PY
)"
STATUS="$(curl -s -o "$WORK/queue.html" -w '%{http_code}' -H "Cookie: $SESSION" "$BASE/console/")"
[ "$STATUS" = 200 ] || { echo "queue answered $STATUS" >&2; exit 1; }
echo "queue page: $(wc -c <"$WORK/queue.html") bytes"

# 3. Latency with one connection, then with eight.
for conns in 1 8; do
  echo "== queue page, $conns connection(s)"
  wrk -t1 -c"$conns" -d"$DURATION" --latency -H "Cookie: $SESSION" "$BASE/console/" | tee "$OUT/console-queue-c$conns.txt"
  echo "== case page, $conns connection(s)"
  wrk -t1 -c"$conns" -d"$DURATION" --latency -H "Cookie: $SESSION" "$BASE/console/cases/$CASE_ID" | tee "$OUT/console-case-c$conns.txt"
done
for f in "$OUT"/console-*.txt; do
  if grep -q "Non-2xx" "$f"; then echo "errors in $f" >&2; exit 1; fi
done
p() { awk -v q="$2" '$1 == q {print $2}' "$1"; }
{
  echo "console with $OPEN open enquiries (SQLite, every view audited):"
  for conns in 1 8; do
    echo "  queue page, $conns conn: p50 $(p "$OUT/console-queue-c$conns.txt" 50%) p99 $(p "$OUT/console-queue-c$conns.txt" 99%), $(awk '/Requests\/sec/ {print $2}' "$OUT/console-queue-c$conns.txt") req/s"
    echo "  case page,  $conns conn: p50 $(p "$OUT/console-case-c$conns.txt" 50%) p99 $(p "$OUT/console-case-c$conns.txt" 99%), $(awk '/Requests\/sec/ {print $2}' "$OUT/console-case-c$conns.txt") req/s"
  done
} | tee "$OUT/console-summary.txt"
