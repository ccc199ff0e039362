#!/usr/bin/env bash
# Memory under 50 concurrent wrong sign-ins (#14), against 127.0.0.1 only, bounded:
# wrk keeps 50 sign-in posts in flight for DURATION seconds while the server's RSS is
# sampled every 0.2 s. Run twice: with the shipped limits (most attempts answered 429
# before any hashing), and with the per-client and global sign-in limits lifted, so that
# every attempt reaches argon2 (the name throttle too) and only the hashing semaphore bounds the memory.
# Needs: wrk, curl, python3. Release build.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-30}"
PORT="${PORT:-18091}"
command -v wrk >/dev/null || { echo "missing wrk (apt-get install wrk)" >&2; exit 1; }
cargo build --release --locked --quiet

measure() {
  local label="$1"; shift
  local work; work="$(mktemp -d)"
  env "$@" KONTAKTPUNKT_LISTEN="127.0.0.1:$PORT" \
    KONTAKTPUNKT_DATABASE_URL="sqlite://$work/m.db" KONTAKTPUNKT_DATA_DIR="$work/data" \
    KONTAKTPUNKT_LOG__LEVEL=warn \
    timeout $((DURATION + 60)) target/release/kontaktpunkt serve --dev >"$work/app.log" 2>&1 &
  local app=$!
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
  local pid; pid="$(pgrep -P "$app" kontaktpunkt || echo "$app")"
  curl -fs -c "$work/jar" "http://127.0.0.1:$PORT/console/sign-in" -o "$work/form.html"
  local token cookie
  token="$(grep -o 'name="_csrf" value="[^"]*"' "$work/form.html" | head -n1 | sed 's/.*value="//; s/"$//')"
  cookie="$(awk '$6 == "kp_csrf" {print "kp_csrf=" $7}' "$work/jar")"
  cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.body = "_csrf=$token&name=someone&password=wrong-password-here&code=123456"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "$cookie"
LUA
  local idle; idle="$(awk '/VmRSS/ {print $2}' /proc/"$pid"/status)"
  wrk -t2 -c50 -d"${DURATION}s" -s "$work/post.lua" "http://127.0.0.1:$PORT/console/sign-in" >"$work/wrk.txt" &
  local load=$!
  local peak=0
  while kill -0 "$load" 2>/dev/null; do
    local now; now="$(awk '/VmRSS/ {print $2}' /proc/"$pid"/status 2>/dev/null || echo 0)"
    [ "$now" -gt "$peak" ] && peak="$now"
    sleep 0.2
  done
  local after; after="$(awk '/VmRSS/ {print $2}' /proc/"$pid"/status)"
  local reqs; reqs="$(awk '/requests in/ {print $1}' "$work/wrk.txt")"
  echo "$label: attempts=$reqs idle=$((idle / 1024))MiB peak=$((peak / 1024))MiB after=$((after / 1024))MiB"
  kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true
  rm -rf "$work"
}

measure "shipped limits"
measure "sign-in limits lifted" KONTAKTPUNKT_LIMITS__SIGN_IN_PER_CLIENT_PER_MINUTE=1000000 \
  KONTAKTPUNKT_LIMITS__SIGN_IN_GLOBAL_PER_MINUTE=1000000 KONTAKTPUNKT_LIMITS__SIGN_IN_FAILURES_PER_NAME=1000000
