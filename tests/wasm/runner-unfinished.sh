#!/usr/bin/env bash
# tests/wasm/runner-unfinished.sh — a module that never finishes must not
# pass for a clean run.
#
# Node exits with status 0 when nothing is left to do, even if a promise the
# runner waits on never settled (Node 24 did so with
# --no-wasm-lazy-compilation: no output, status 0). The runner must then say
# so on stderr and exit 134, in both of its modes (Node's main thread, as
# molt run/diff/bench use it, and its worker thread). The compilation is
# made to hang by a preloaded script (never_compiles.cjs).
#
# Environment: MOLT, RUNNER, NODE (see runner-env.sh).
set -u -o pipefail

source "$(dirname -- "${BASH_SOURCE[0]}")/runner-env.sh"
STUB=$REPO/tests/wasm/never_compiles.cjs
OUT=$REPO/build/wasm-runner-unfinished
mkdir -p "$OUT"
printf 'print("ran")\n' > "$OUT/hello.py"
"$MOLT" build --dev --target wasm "$OUT/hello.py" -o "$OUT/hello.wasm" ||
  { echo "runner-unfinished: build failed" >&2; exit 1; }

fail=0
check() { # NAME STATUS STDOUT STDERR
  if [ "$2" -ne 134 ] || [ -n "$3" ] || [[ "$4" != *"wasm-run: the module never finished"* ]]; then
    echo "runner-unfinished: $1: status $2, stdout '$3', stderr '$4'" >&2
    fail=1
  fi
}
out=$( (ulimit -s unlimited && "$NODE" --no-warnings --single-threaded-gc --stack-size=524288 \
  --require "$STUB" "$RUNNER" --main-thread "$OUT/hello.wasm") 2> "$OUT/err")
check main-thread $? "$out" "$(cat "$OUT/err")"
out=$(NODE_OPTIONS="--require $STUB" "$NODE" --no-warnings "$RUNNER" "$OUT/hello.wasm" 2> "$OUT/err")
check worker $? "$out" "$(cat "$OUT/err")"
# The same runner without the stub runs the module.
out=$("$NODE" --no-warnings "$RUNNER" "$OUT/hello.wasm")
[ "$out" = ran ] || { echo "runner-unfinished: the plain run printed '$out'" >&2; fail=1; }
((fail)) && exit 1
echo "runner-unfinished: both modes report a module that never finished"
