#!/usr/bin/env bash
# Load benchmark of the anonymous chat, against 127.0.0.1 only, bounded in time. The load
# client is examples/chat_load.rs (tokio-tungstenite + reqwest).
#
#   scripts/bench-chat.sh                  # 1 and 2 on one instance (SQLite)
#   scripts/bench-chat.sh --two-instances  # 3: two instances on one PostgreSQL database
#
#  1. Idle connections: starts IDLE_CHATS chats (default 10,000; 0 skips this part) through
#     the pre-chat form, reads the server's VmRSS, opens one WebSocket per chat (each
#     answered with its status frame), holds them idle for HOLD seconds (past a server
#     ping), reads VmRSS again and reports the memory per connection (aim: under 20 KB);
#     then starts one more chat (the queue moves) and reports how long until every held
#     connection got its new status frame.
#  2. Active chats: ACTIVE_CHATS chats (default 200) accepted by HANDLERS handlers signed in
#     with password + TOTP; RATE messages/s in total (default 500), half from people, half
#     from handlers, over the WebSockets; p50/p99 delivery latency from send to receipt on
#     the other side (aim: p99 under 50 ms).
#  3. --two-instances: as 2, with two instances on one fresh PostgreSQL database
#     (postgres://postgres@127.0.0.1:5432, created and dropped here): people on one,
#     handlers on the other (aim: p99 under 100 ms).
#
# For the benchmark only, the chat is open around the clock (KONTAKTPUNKT_CHAT__<DAY>),
# the per-source connection limit is raised above the number of connections (every
# client here is 127.0.0.1) and a person may send up to 600 messages a minute per chat.
# Needs: python3 (data key), psql for --two-instances. Results: stdout and bench-results/.
set -euo pipefail
cd "$(dirname "$0")/.."

IDLE_CHATS="${IDLE_CHATS:-10000}"
HOLD="${HOLD:-30}"
ACTIVE_CHATS="${ACTIVE_CHATS:-200}"
RATE="${RATE:-500}"
HANDLERS="${HANDLERS:-10}"
WARMUP="${WARMUP:-5}"
DURATION="${DURATION:-30}"
PG_ADMIN_URL="${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
TWO=""
for arg in "$@"; do
  case "$arg" in
    --two-instances) TWO=1 ;;
    *) echo "usage: $0 [--two-instances]" >&2; exit 2 ;;
  esac
done

PORT_A=18083
PORT_B=18084
WORK="$(mktemp -d)"
OUT=bench-results
mkdir -p "$OUT"
PIDS=()
PG_DB=""
cleanup() {
  local rc=$?
  if [ "$rc" -ne 0 ]; then
    for log in "$WORK"/app-*.log; do [ -s "$log" ] && cp "$log" "$OUT/chat-$(basename "$log")" && echo "server log kept: $OUT/chat-$(basename "$log")" >&2; done
  fi
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$PG_DB" ]; then psql -q "$PG_ADMIN_URL" -c "drop database if exists $PG_DB" >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# Every idle WebSocket is a file descriptor in the server and one in the client.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ -z "$TWO" ] && [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((IDLE_CHATS + 500)) ]; then
  echo "open-file limit $(ulimit -n) is too low for $IDLE_CHATS connections (raise the hard limit)" >&2
  exit 1
fi

export KONTAKTPUNKT_DATA_DIR="$WORK/data"
export KONTAKTPUNKT_LOG__LEVEL=warn
# Plain HTTP on loopback: cookies without the Secure/__Host- form, as in dev mode.
export KONTAKTPUNKT_HTTP__COOKIE_SECURE=false
export KONTAKTPUNKT_DATA_KEY="$(python3 -c 'import base64,os; print(base64.b64encode(os.urandom(32)).decode())')"
# Benchmark-only overrides (see the header).
for day in MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY HOLIDAYS; do
  export "KONTAKTPUNKT_CHAT__$day=[\"00:00-24:00\"]"
done
export KONTAKTPUNKT_CHAT__CLOSED_DATES='[]'
export KONTAKTPUNKT_CHAT__CONNECTIONS_PER_SOURCE=$((IDLE_CHATS + 1000))
export KONTAKTPUNKT_CHAT__MESSAGES_PER_MINUTE=600

cargo build --release --locked --quiet --bin kontaktpunkt --example chat_load
BIN="${CARGO_TARGET_DIR:-target}/release/kontaktpunkt"
CLIENT="${CARGO_TARGET_DIR:-target}/release/examples/chat_load"

# start_server PORT DATABASE_URL: starts an instance, waits until it is ready, sets SERVER_PID.
start_server() {
  KONTAKTPUNKT_LISTEN="127.0.0.1:$1" KONTAKTPUNKT_OPS_LISTEN="127.0.0.1:0" KONTAKTPUNKT_DATABASE_URL="$2" "$BIN" serve >>"$WORK/app-$1.log" 2>&1 &
  SERVER_PID=$!
  PIDS+=("$SERVER_PID")
  for _ in $(seq 1 150); do
    curl -fs "http://127.0.0.1:$1/readyz" >/dev/null && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.2
  done
  echo "the server on port $1 did not become ready; its log:" >&2
  cat "$WORK/app-$1.log" >&2
  exit 1
}

stop_server() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# add_handlers DATABASE_URL: HANDLERS handlers, their names and TOTP secrets in $WORK/handlers.
add_handlers() {
  printf 'bench handler passphrase %s\n' "$RANDOM$RANDOM" >"$WORK/password"
  : >"$WORK/handlers"
  for i in $(seq 1 "$HANDLERS"); do
    secret="$(KONTAKTPUNKT_DATABASE_URL="$1" "$BIN" user add --role handler --name "bench-handler-$i" \
      <"$WORK/password" | sed -n 's/^ *secret (base32): //p')"
    [ -n "$secret" ] || { echo "user add printed no secret" >&2; exit 1; }
    echo "bench-handler-$i $secret" >>"$WORK/handlers"
  done
}

overrides() {
  echo "benchmark-only overrides: chat open 00:00-24:00 every day, connections_per_source=$KONTAKTPUNKT_CHAT__CONNECTIONS_PER_SOURCE, messages_per_minute=$KONTAKTPUNKT_CHAT__MESSAGES_PER_MINUTE"
}

if [ -n "$TWO" ]; then
  command -v psql >/dev/null || { echo "psql is needed for --two-instances" >&2; exit 1; }
  if ! grep -rqs 'PgListener' src/chat src/events.rs src/events 2>/dev/null; then
    echo "note: no PgListener in src/chat or src/events: chat events may not cross instances in this build," >&2
    echo "      so messages would reach the other instance only when a client reconnects." >&2
  fi
  PG_DB="kp_bench_chat_$$"
  psql -q "$PG_ADMIN_URL" -c "create database $PG_DB" >/dev/null
  DB_URL="${PG_ADMIN_URL%/*}/$PG_DB"
  # One after the other, so the migrations run once.
  start_server "$PORT_A" "$DB_URL"
  start_server "$PORT_B" "$DB_URL"
  add_handlers "$DB_URL"
  echo "== 3. $ACTIVE_CHATS active chats, $RATE messages/s, people on :$PORT_A, handlers on :$PORT_B (PostgreSQL)"
  overrides | tee "$OUT/chat-two-instances.txt"
  "$CLIENT" active --person-base "http://127.0.0.1:$PORT_A" --staff-base "http://127.0.0.1:$PORT_B" \
    --chats "$ACTIVE_CHATS" --rate "$RATE" --warmup "$WARMUP" --duration "$DURATION" \
    --handlers "$WORK/handlers" --password-file "$WORK/password" | tee -a "$OUT/chat-two-instances.txt"
  {
    echo "chat across two instances on one PostgreSQL database ($(nproc) cores, client on the same machine):"
    sed -n 's/^active: /  /p' "$OUT/chat-two-instances.txt"
    echo "  $(overrides)"
    echo "  load average at the end (other work on the machine shows here): $(cut -d' ' -f1-3 /proc/loadavg)"
  } | tee "$OUT/chat-two-instances-summary.txt"
  exit 0
fi

RESULTS=()
# 1. Idle connections on a fresh SQLite database (IDLE_CHATS=0 skips this part).
if [ "$IDLE_CHATS" -gt 0 ]; then
  start_server "$PORT_A" "sqlite://$WORK/idle.db"
  echo "== 1. $IDLE_CHATS idle chat WebSockets on one instance (SQLite)"
  overrides | tee "$OUT/chat-idle.txt"
  "$CLIENT" idle --base "http://127.0.0.1:$PORT_A" --chats "$IDLE_CHATS" --server-pid "$SERVER_PID" \
    --hold "$HOLD" | tee -a "$OUT/chat-idle.txt"
  stop_server "$SERVER_PID"
  RESULTS+=("$OUT/chat-idle.txt")
fi

# 2. Active chats on another fresh SQLite database.
start_server "$PORT_A" "sqlite://$WORK/active.db"
add_handlers "sqlite://$WORK/active.db"
echo "== 2. $ACTIVE_CHATS active chats, $RATE messages/s, one instance (SQLite)"
overrides | tee "$OUT/chat-active.txt"
"$CLIENT" active --person-base "http://127.0.0.1:$PORT_A" --staff-base "http://127.0.0.1:$PORT_A" \
  --chats "$ACTIVE_CHATS" --rate "$RATE" --warmup "$WARMUP" --duration "$DURATION" \
  --handlers "$WORK/handlers" --password-file "$WORK/password" | tee -a "$OUT/chat-active.txt"
stop_server "$SERVER_PID"
RESULTS+=("$OUT/chat-active.txt")

{
  echo "chat on one instance (SQLite, $(nproc) cores, the load client on the same machine):"
  sed -n 's/^idle: /  /p; s/^active: /  /p' "${RESULTS[@]}"
  echo "  $(overrides)"
  echo "  load average at the end (other work on the machine shows here): $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/chat-summary.txt"
