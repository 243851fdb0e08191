#!/usr/bin/env bash
# tests/wasm/memory-exhaustion.sh — allocations beyond wasm32's address space
# raise MemoryError.
#
# Runs tests/wasm/memory_exhaustion.py as a wasm module: every operation in it
# needs a single object of more than 2 GiB (or more than the 4 GiB of linear
# memory in all), so on wasm32 each must print "<label> MemoryError". A size
# computed in 32 bits would wrap around into a small allocation and a wrong
# result or a trap; std::string growing past memory aborts. (Natively most of
# these would succeed, so this is not a differential program.)
#
# Environment: MOLT, RUNNER, NODE (see runner-env.sh).
set -u -o pipefail

source "$(dirname -- "${BASH_SOURCE[0]}")/runner-env.sh"
PROG=$REPO/tests/wasm/memory_exhaustion.py
OUT=$REPO/build/wasm-memory-exhaustion
mkdir -p "$OUT"
"$MOLT" build --dev --target wasm "$PROG" -o "$OUT/memory_exhaustion.wasm" ||
  { echo "memory-exhaustion: build failed" >&2; exit 1; }

# The expected output: each attempt's label, then the final line.
expected=$(sed -n 's/^attempt("\([^"]*\)".*/\1 MemoryError/p' "$PROG"; echo "still running 1000")
out=$( (ulimit -s unlimited && timeout 300 "$NODE" --no-warnings --single-threaded-gc \
  --stack-size=524288 "$RUNNER" --main-thread "$OUT/memory_exhaustion.wasm") 2> "$OUT/err")
status=$?
if [ $status -ne 0 ] || [ "$out" != "$expected" ]; then
  echo "memory-exhaustion: status $status; stderr:" >&2
  tail -5 "$OUT/err" >&2
  diff <(echo "$expected") <(echo "$out") >&2
  exit 1
fi
echo "memory-exhaustion: $(echo "$expected" | grep -c MemoryError) allocations past wasm32's memory raised MemoryError"
