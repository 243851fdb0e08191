#!/usr/bin/env bash
# tests/wasm/runner-stress.sh — the wasm runner must survive memory growth
# under load.
#
# Runs tests/wasm/memory_growth.py (built with --dev --target wasm) PAIRS
# times two at a time, each time both as `node wasm-run.cjs MODULE` (the
# runner's worker thread) and as `molt run --dev --target wasm` (Node's main
# thread, --main-thread), and requires every run to exit 0 with CPython
# 3.12's output. Under Node 20, V8's concurrent GC raced with the GC that
# memory.grow starts: about one run of this program in six crashed or hung
# (see the comment in tools/wasm-run.cjs), so 24 runs all pass with a broken
# runner only by chance (~1%).
#
# Usage: tests/wasm/runner-stress.sh [PAIRS]   (default 12)
# Environment: MOLT, RUNNER, NODE (see runner-env.sh).
set -u -o pipefail

source "$(dirname -- "${BASH_SOURCE[0]}")/runner-env.sh"
PROG=$REPO/tests/wasm/memory_growth.py
PAIRS=${1:-12}
OUT=$REPO/build/wasm-runner-stress
mkdir -p "$OUT"

py=$("$REPO/tools/find-python312") || { echo "runner-stress: no CPython 3.12" >&2; exit 2; }
$py "$PROG" > "$OUT/expected.txt" || { echo "runner-stress: CPython failed" >&2; exit 2; }
"$MOLT" build --dev --target wasm "$PROG" -o "$OUT/memory_growth.wasm" ||
  { echo "runner-stress: build failed" >&2; exit 1; }

# One run (`$2`: worker or main): status and output must match; a hang is
# cut off after 60 s.
run_one() {
  if [ "$2" = worker ]; then
    timeout 60 $NODE "$RUNNER" "$OUT/memory_growth.wasm" > "$OUT/out.$1.txt" 2> "$OUT/err.$1.txt"
  else
    timeout 60 "$MOLT" run --dev --target wasm "$PROG" > "$OUT/out.$1.txt" 2> "$OUT/err.$1.txt"
  fi
  local rc=$?
  if [ $rc -ne 0 ] || ! cmp -s "$OUT/expected.txt" "$OUT/out.$1.txt"; then
    echo "runner-stress: run $1 failed (status $rc): $(tail -n 1 "$OUT/err.$1.txt")"
    return 1
  fi
}

failed=0
for i in $(seq 1 "$PAIRS"); do
  run_one "$i.a" worker & pid=$!
  run_one "$i.b" main || failed=$((failed + 1))
  wait $pid || failed=$((failed + 1))
done
echo "runner-stress: $((2 * PAIRS - failed))/$((2 * PAIRS)) runs passed"
[ $failed -eq 0 ]
