#!/usr/bin/env bash
# The test command (README): the whole suite on SQLite, then on PostgreSQL, then the
# browser tests. Sets up what it needs on a fresh machine of this project's kind: starts
# the local PostgreSQL if it is down; installs Debian's chromium and the pinned npm
# packages for the browser tests (scripts/browser-test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

PG_URL="${KONTAKTPUNKT_TEST_PG:-postgres://postgres@127.0.0.1:5432/test}"

ensure_postgres() {
  if command -v pg_isready >/dev/null && pg_isready -h 127.0.0.1 -p 5432 -q; then
    return 0
  fi
  if command -v pg_ctlcluster >/dev/null; then
    echo "starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
    for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && return 0; sleep 1; done
  fi
  echo "PostgreSQL is not reachable at 127.0.0.1:5432" >&2
  return 1
}

drop_test_databases() {
  command -v psql >/dev/null || return 0
  psql "$PG_URL" -Atc "select datname from pg_database where datname like 'kp_test_%'" 2>/dev/null |
    while read -r db; do psql "$PG_URL" -qc "drop database if exists \"$db\"" >/dev/null 2>&1 || true; done
}

# The migration-pair test builds both schemas, so PostgreSQL is needed in the SQLite pass too.
ensure_postgres
drop_test_databases

echo "== tests on SQLite"
cargo test --locked --all-targets

echo "== tests on PostgreSQL ($PG_URL)"
drop_test_databases
TEST_DATABASE_URL="$PG_URL" cargo test --locked --test api
drop_test_databases

echo "== browser tests: axe-core WCAG 2.1 AA in every language, quick exit (headless Chromium)"
scripts/browser-test.sh
