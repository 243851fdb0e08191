#!/usr/bin/env bash
# tools/demo.sh — what `make demo` runs: compiles a bundled example with
# `molt build`, runs the native executable, then runs the same file under
# CPython 3.12, checks that both printed the same, and shows the wall times.
#
# Usage: tools/demo.sh [PROGRAM.py]      (default: examples/mandelbrot.py)
# Environment: BUILD (build directory, default build)
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
molt=$BUILD/bin/molt
prog=${1:-examples/mandelbrot.py}
name=$(basename "$prog" .py)
out=$BUILD/demo/$name
mkdir -p "$BUILD/demo"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

[[ -x $molt ]] || { echo "demo: $molt is missing; run 'make build' first" >&2; exit 1; }

echo "== molt build $prog -o $out"
t0=$(now)
"$molt" build "$prog" -o "$out"
t1=$(now)
build_s=$(elapsed "$t0" "$t1")

echo "== ./$out"
t0=$(now)
"$out" | tee "$BUILD/demo/$name.molt.out"
t1=$(now)
molt_s=$(elapsed "$t0" "$t1")

py=$(tools/find-python312)
echo "== CPython 3.12: $prog (output not shown; compared below)"
t0=$(now)
PYTHONHASHSEED=0 "$py" "$prog" >"$BUILD/demo/$name.cpython.out"
t1=$(now)
py_s=$(elapsed "$t0" "$t1")

echo
if cmp -s "$BUILD/demo/$name.molt.out" "$BUILD/demo/$name.cpython.out"; then
  echo "output: identical to CPython 3.12"
else
  echo "output: DIFFERS from CPython 3.12:"
  diff -u "$BUILD/demo/$name.cpython.out" "$BUILD/demo/$name.molt.out" | head -20 || true
fi
echo "molt build:        ${build_s} s"
echo "native executable: ${molt_s} s"
echo "CPython 3.12:      ${py_s} s"
awk -v p="$py_s" -v m="$molt_s" 'BEGIN { if (m > 0) printf "speed-up:          %.1fx\n", p / m }'
