#!/usr/bin/env bash
# Flood measurement (#14), against 127.0.0.1 only, bounded in time: one client posts
# enquiries at full speed for DURATION while another person's start page (wrk, 2
# connections) and enquiries (two a second, each from its own address) are timed.
# The service runs behind a pretend proxy (http.trust_forwarded_for) so that the two
# clients differ by X-Forwarded-For. Shipped limits. RUNS runs; a summary line per run.
# FLOOD_CONNECTIONS=0 gives the baseline (the same person without the flood).
# Needs: wrk (Debian package wrk), curl, python3. Release build.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-30}"
RUNS="${RUNS:-3}"
FLOOD_CONNECTIONS="${FLOOD_CONNECTIONS:-16}"
PORT="${PORT:-18090}"
command -v wrk >/dev/null || { echo "missing wrk (apt-get install wrk)" >&2; exit 1; }
cargo build --release --locked --quiet

run_once() {
  local work; work="$(mktemp -d)"
  KONTAKTPUNKT_LISTEN="127.0.0.1:$PORT" \
  KONTAKTPUNKT_DATABASE_URL="sqlite://$work/flood.db" \
  KONTAKTPUNKT_DATA_DIR="$work/data" \
  KONTAKTPUNKT_LOG__LEVEL=warn \
  KONTAKTPUNKT_HTTP__TRUST_FORWARDED_FOR=true \
    timeout $((DURATION + 60)) target/release/kontaktpunkt serve --dev >"$work/app.log" 2>&1 &
  local app=$!
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done

  curl -fs -c "$work/jar" "http://127.0.0.1:$PORT/sv/enquiry" -o "$work/form.html"
  local token cookie
  token="$(grep -o 'name="_csrf" value="[^"]*"' "$work/form.html" | head -n1 | sed 's/.*value="//; s/"$//')"
  cookie="$(awk '$6 == "kp_csrf" {print "kp_csrf=" $7}' "$work/jar")"
  local body="_csrf=$token&enquirer=self&threat=some&message=Jag+beh%C3%B6ver+hj%C3%A4lp"
  # One warm-up enquiry (the first write creates the WAL), not counted below.
  curl -s -o /dev/null -b "$cookie" -H "X-Forwarded-For: 192.0.2.1" --data "$body" \
    "http://127.0.0.1:$PORT/sv/enquiry"
  cat >"$work/flood.lua" <<LUA
wrk.method = "POST"
wrk.body = "$body"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "$cookie"
wrk.headers["X-Forwarded-For"] = "203.0.113.5"
LUA
  cat >"$work/person.lua" <<LUA
wrk.headers["X-Forwarded-For"] = "198.51.100.20"
LUA
  if [ "$FLOOD_CONNECTIONS" -gt 0 ]; then
    wrk -t1 -c"$FLOOD_CONNECTIONS" -d"${DURATION}s" -s "$work/flood.lua" \
      "http://127.0.0.1:$PORT/sv/enquiry" >"$work/flood.txt" &
  else
    echo "0 requests in (no flood)" >"$work/flood.txt"; sleep 0 &
  fi
  local flood=$!
  wrk -t1 -c2 -d"${DURATION}s" --latency -s "$work/person.lua" \
    "http://127.0.0.1:$PORT/sv/" >"$work/start.txt" &
  local start=$!
  : >"$work/enquiry-times.txt"
  # Two enquiries a second, each from its own address (the flood's 10 stay under limits).
  for i in $(seq 1 $((DURATION * 2))); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$cookie" \
      -H "X-Forwarded-For: 198.51.$((i / 250)).$((i % 250 + 1))" \
      --data "$body" "http://127.0.0.1:$PORT/sv/enquiry" >>"$work/enquiry-times.txt"
    sleep 0.5
  done
  wait "$flood" "$start"
  python3 - "$work" <<'PY'
import re, sqlite3, sys
work = sys.argv[1]
flood = open(f"{work}/flood.txt").read()
start = open(f"{work}/start.txt").read()
reqs = int(re.search(r"(\d+) requests in", flood).group(1))
p99 = re.search(r"^\s+99%\s+(\S+)", start, re.M).group(1)
start_rate = re.search(r"Requests/sec:\s+(\S+)", start).group(1)
rows = [l.split() for l in open(f"{work}/enquiry-times.txt") if l.strip()]
codes = sorted({r[0] for r in rows})
times = sorted(float(r[1]) * 1000 for r in rows)
p99e = times[min(len(times) - 1, int(len(times) * 0.99))]
stored = sqlite3.connect(f"{work}/flood.db").execute("select count(*) from enquiries").fetchone()[0]
print(f"flood posts={reqs} stored_total={stored} (person's {len(rows)} + 1 warm-up included) | "
      f"start page p99={p99} ({start_rate} req/s) | person's enquiry codes={codes} "
      f"median={times[len(times) // 2]:.1f}ms p99={p99e:.1f}ms max={times[-1]:.1f}ms")
PY
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  rm -rf "$work"
}

for run in $(seq 1 "$RUNS"); do
  echo -n "run $run: "
  run_once
done
