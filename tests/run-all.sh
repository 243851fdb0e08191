#!/usr/bin/env bash
# Runs every test suite and ends with one summary line. Exit status is
# non-zero if any suite failed.
set -uo pipefail
cd "$(dirname "$0")/.."

suites=(
  "unit:cd build && ctest --output-on-failure -j 2"
  "runtime-diff:py=\$(tools/find-python312) && \$py tests/rt/bigint_diff.py && \$py tests/rt/floatfmt_diff.py && \$py tests/rt/strops_diff.py && \$py tests/rt/format_diff.py && \$py tests/rt/settable_diff.py"
  "conformance:tests/syntax/conformance.sh"
  "errors:tests/syntax/errors.sh"
  "sema:tests/sema/errors.sh && tests/sema/symtable.sh"
  # The cache is bounded (least recently used executables go first): a clean
  # run reuses nothing, and all the suite's executables would take ~7 GB.
  "diff:MOLT_CACHE_DIR=build/molt-cache MOLT_CACHE_LIMIT_MB=1024 build/bin/molt diff -j 2 tests/diff"
  # The same programs as wasm32-wasi modules under Node (--dev: skips wasm-opt,
  # which costs seconds per module; the runtime is the same optimized build).
  "diff-wasm:MOLT_CACHE_DIR=build/molt-cache MOLT_CACHE_LIMIT_MB=1024 build/bin/molt diff -j 2 --dev --target wasm tests/diff && tests/wasm/runner-stress.sh && tests/wasm/runner-unfinished.sh && tests/wasm/runner-node-env.sh && tests/wasm/runner-hugepages.sh && tests/wasm/memory-exhaustion.sh"
  "scaling:bench/frontend/scaling.sh"
  "fuzz:tests/fuzz/run.sh 60"
)

passed=0 failed=()
for entry in "${suites[@]}"; do
  name=${entry%%:*} cmd=${entry#*:}
  echo "=== $name: $cmd"
  start=$SECONDS
  if bash -c "$cmd"; then
    passed=$((passed + 1))
    echo "=== $name: PASS ($((SECONDS - start))s)"
  else
    failed+=("$name")
    echo "=== $name: FAIL ($((SECONDS - start))s)"
  fi
done

total=${#suites[@]}
if ((${#failed[@]})); then
  echo "make test: $passed/$total suites passed; failed: ${failed[*]}"
  exit 1
fi
echo "make test: $passed/$total suites passed"
