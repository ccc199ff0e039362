#!/usr/bin/env bash
# Fuzzes the parsers a stranger reaches (#14), each target for a bounded time:
#
#   scripts/fuzz.sh [seconds-per-target] [target …]    (default 20 s, every target)
#
# Targets (fuzz/fuzz_targets/): form (form bodies and the enquiry form's parser),
# receipt_code, accept_language, triage_json (the preview's JSON and the engine),
# chat_frame (the chat socket's inbound frames). Each asserts more than "no panic"
# (see the target's header). The corpus grows in fuzz/corpus/ (not committed), seeded
# from the hand-written fuzz/seeds/; a crash is kept in fuzz/artifacts/ and makes the
# script exit non-zero.
#
# cargo-fuzz needs nightly compiler flags; RUSTC_BOOTSTRAP=1 lets the stable toolchain
# take them. No sanitizer (FUZZ_SANITIZER=address to add one): the crate forbids unsafe
# code, and the assertions and debug assertions (overflow checks) are what catch a fault.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_TARGET="${1:-20}"
shift || true
SANITIZER="${FUZZ_SANITIZER:-none}"
# FUZZ_DEV=1: the dev profile (CI): a build in a fraction of the time, a slower run.
build_flags=(--sanitizer "$SANITIZER" --debug-assertions)
if [ -n "${FUZZ_DEV:-}" ]; then build_flags+=(--dev); fi
export RUSTC_BOOTSTRAP=1
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

if ! command -v cargo-fuzz >/dev/null; then
  # A fresh machine: build it once, outside the project's target dirs.
  CARGO_TARGET_DIR="${TMPDIR:-/tmp}/cargo-fuzz-build" cargo install --locked cargo-fuzz --version 0.13.2
fi

targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  mapfile -t targets < <(cd fuzz && cargo fuzz list)
fi

echo "== cargo fuzz build ${build_flags[*]}"
(cd fuzz && cargo fuzz build "${build_flags[@]}")

status=0
for target in "${targets[@]}"; do
  echo "== fuzz $target for ${SECONDS_PER_TARGET} s"
  mkdir -p "fuzz/corpus/$target" "fuzz/seeds/$target"
  # libFuzzer writes new inputs to the first folder only; the seeds are read.
  log="fuzz/artifacts/$target.log"
  mkdir -p fuzz/artifacts
  rc=0
  (cd fuzz && cargo fuzz run "${build_flags[@]}" "$target" \
    "corpus/$target" "seeds/$target" -- \
    -max_total_time="$SECONDS_PER_TARGET" -max_len=16384 -timeout=10 -print_final_stats=1) \
    >"$log" 2>&1 || rc=$?
  grep -E '^(#[0-9]+ *DONE|stat::number_of_executed_units|stat::average_exec_per_sec|Done )' "$log" || true
  if [ "$rc" != 0 ]; then
    grep -E -A20 'panicked|ERROR: libFuzzer|SUMMARY' "$log" | head -n 40 >&2 || true
    echo "!! $target failed (exit $rc): fuzz/artifacts/$target/, log $log" >&2
    status=1
  fi
done
exit "$status"
