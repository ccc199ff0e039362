#!/usr/bin/env bash
# Load benchmark of the public site, against 127.0.0.1 only, bounded in time.
#  1. The start page rendered by kontaktpunkt vs the same bytes served by nginx as a file.
#  2. The durable enquiry POST rate (303 after commit) vs the raw SQLite single-row
#     commit rate (WAL, synchronous=FULL) on the same disk.
# Needs: wrk, nginx (Debian packages wrk, nginx-light), python3. Installs them with apt
# when missing and allowed (root). Results go to stdout and bench-results/.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-64}"
APP_PORT=18080
NGINX_PORT=18081
WORK="$(mktemp -d)"
chmod 755 "$WORK"   # nginx's worker user must read the page
OUT=bench-results
mkdir -p "$OUT"
trap 'kill "${APP_PID:-0}" 2>/dev/null || true; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true; rm -rf "$WORK"' EXIT

need() { command -v "$1" >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq "$2" >/dev/null; }; command -v "$1" >/dev/null || { echo "missing $1 (apt-get install $2)" >&2; exit 1; }; }
need wrk wrk
need nginx nginx-light
NGINX="$(command -v nginx)"

cargo build --release --locked --quiet
KONTAKTPUNKT_LISTEN="127.0.0.1:$APP_PORT" KONTAKTPUNKT_OPS_LISTEN="127.0.0.1:0" \
KONTAKTPUNKT_DATABASE_URL="sqlite://$WORK/bench.db" \
KONTAKTPUNKT_DATA_DIR="$WORK/data" \
KONTAKTPUNKT_LOG__LEVEL=warn \
  target/release/kontaktpunkt serve --dev >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$APP_PORT/healthz" >/dev/null && break; sleep 0.2; done

# The same bytes as a static file behind nginx.
mkdir -p "$WORK/www/sv"
curl -fs "http://127.0.0.1:$APP_PORT/sv/" -o "$WORK/www/sv/index.html"
chmod -R a+rX "$WORK/www"
cat >"$WORK/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    index index.html;
    default_type text/html;
  }
}
NGINX
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK"
sleep 0.5

rate() { awk '/Requests\/sec/ {print $2}'; }
latency() { awk '/Latency/ {print $2; exit}'; }

echo "== start page: kontaktpunkt (rendered once per language, then served from memory)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$APP_PORT/sv/" | tee "$OUT/start-page-app.txt"
echo "== start page: nginx (the same bytes as a file)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$NGINX_PORT/sv/" | tee "$OUT/start-page-nginx.txt"
if grep -q "Non-2xx" "$OUT/start-page-nginx.txt"; then echo "nginx answered errors: see $WORK/nginx-error.log" >&2; exit 1; fi

# Durable enquiry posts: one CSRF cookie + token, reused by every request.
curl -fs -c "$WORK/jar" "http://127.0.0.1:$APP_PORT/sv/enquiry" -o "$WORK/form.html"
TOKEN="$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/form.html" | head -n1 | sed 's/.*value="//; s/"$//')"
COOKIE="$(awk '$6 == "kp_csrf" {print "kp_csrf=" $7}' "$WORK/jar")"
cat >"$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.body = "_csrf=$TOKEN&enquirer=self&age_band=18_20&environment=criminal_network&municipality=1280&threat=some&message=Jag+vill+l%C3%A4mna+g%C3%A4nget+och+beh%C3%B6ver+hj%C3%A4lp"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "$COOKIE"
LUA
echo "== durable enquiry POST (committed before the 303)"
wrk -t2 -c16 -d"$DURATION" --latency -s "$WORK/post.lua" "http://127.0.0.1:$APP_PORT/sv/enquiry" | tee "$OUT/enquiry-post.txt"

echo "== raw SQLite: one autocommit single-row insert at a time (WAL, synchronous=FULL), same disk"
python3 - "$WORK/raw.db" <<'PY' | tee "$OUT/sqlite-raw.txt"
import os, sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("pragma journal_mode=wal"); db.execute("pragma synchronous=full")
db.execute("create table t (id text primary key, body blob)")
n, start = 0, time.perf_counter()
while time.perf_counter() - start < 5:
    db.execute("insert into t values (?, ?)", (os.urandom(16).hex(), os.urandom(600)))
    n += 1
print(f"raw sqlite commits/s: {n / (time.perf_counter() - start):.0f}")
PY

APP_RPS="$(rate <"$OUT/start-page-app.txt")"
NGINX_RPS="$(rate <"$OUT/start-page-nginx.txt")"
POST_RPS="$(rate <"$OUT/enquiry-post.txt")"
RAW="$(awk '{print $NF}' "$OUT/sqlite-raw.txt")"
STORED="$(python3 -c "import sqlite3; print(sqlite3.connect('$WORK/bench.db').execute('select count(*) from enquiries').fetchone()[0])")"
{
  echo "start page: kontaktpunkt $APP_RPS req/s, nginx $NGINX_RPS req/s, ratio $(python3 -c "print(f'{$APP_RPS/$NGINX_RPS:.2f}')")"
  echo "enquiry POST: $POST_RPS req/s durable ($STORED stored), raw SQLite single-row commits: $RAW/s"
} | tee "$OUT/summary.txt"
