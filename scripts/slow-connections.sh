#!/usr/bin/env bash
# Slow connections ("slowloris") while others are served, against 127.0.0.1 only, bounded
# in time. For each of RUNS runs: wrk on the start page for DURATION alone (the baseline),
# then again while scripts/slow-clients.py holds SLOW slow connections (each sends a
# header byte every few seconds and reconnects when closed). Prints requests/s and the
# p99 latency of both, and the ratio. Needs wrk and python3 (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${RUNS:-3}"
SLOW="${SLOW:-2000}"
DURATION="${DURATION:-20}"
APP_PORT="${APP_PORT:-18090}"
WORK="$(mktemp -d)"
trap 'kill "${APP_PID:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; }
command -v wrk >/dev/null || { echo "missing wrk (apt-get install wrk)" >&2; exit 1; }
ulimit -n 20000 2>/dev/null || true

cargo build --release --locked --quiet
KONTAKTPUNKT_LISTEN="127.0.0.1:$APP_PORT" KONTAKTPUNKT_OPS_LISTEN="127.0.0.1:0" \
KONTAKTPUNKT_DATABASE_URL="sqlite://$WORK/bench.db" \
KONTAKTPUNKT_DATA_DIR="$WORK/data" \
KONTAKTPUNKT_LOG__LEVEL=warn \
  target/release/kontaktpunkt serve --dev >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$APP_PORT/healthz" >/dev/null && break; sleep 0.2; done

measure() {
  wrk -t2 -c16 -d"${DURATION}s" --latency "http://127.0.0.1:$APP_PORT/sv/" |
    awk '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} END {print rps, p99}'
}
echo "slow connections: $SLOW, wrk: 2 threads, 16 connections, ${DURATION}s, $(nproc) cores"
for run in $(seq 1 "$RUNS"); do
  read -r base_rps base_p99 < <(measure)
  python3 scripts/slow-clients.py "$APP_PORT" "$SLOW" "$((DURATION + 8))" >"$WORK/slow.txt" &
  SLOW_PID=$!
  sleep 5
  read -r load_rps load_p99 < <(measure)
  wait "$SLOW_PID"
  echo "run $run: alone ${base_rps} req/s p99 ${base_p99}; with slow ones ${load_rps} req/s p99 ${load_p99}; $(cat "$WORK/slow.txt")"
done
