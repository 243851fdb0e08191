#!/usr/bin/env bash
# tests/fuzz/run.sh — build and run the front-end libFuzzer target.
#
# Usage: tests/fuzz/run.sh [SECONDS]     (default 60)
# Environment: FUZZ_FORK=N runs N fuzzing processes (libFuzzer -fork=N);
#              FUZZ_ARGS adds libFuzzer options.
#
# Builds tests/fuzz/frontend_fuzz.cpp with all of compiler/syntax/*.cpp using
# clang++-16 -fsanitize=fuzzer,address,undefined -O1 -g in a separate CMake
# tree, build/fuzz (MOLT_FUZZ=ON; see tests/fuzz/CMakeLists.txt), seeds a
# corpus (build/fuzz/seed: ~300 small .py files of the reference Lib/ tree plus
# tests/syntax/errors/*.py), then fuzzes for SECONDS with the dictionary
# tests/fuzz/python.dict, -max_len=4096 -timeout=5 -rss_limit_mb=2048.
# New interesting inputs accumulate in build/fuzz/corpus (kept across runs).
# Exit status: 0 if nothing was found; 1 if a crash, leak, timeout or OOM was
# found (the reproducer's path is printed; reproduce with
# `build/fuzz/bin/molt_frontend_fuzz FILE`); 2 on a setup/build error.
set -u -o pipefail

die() { echo "fuzz: error: $*" >&2; exit 2; }

REPO=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd) || die "cannot locate repo"
SECS=${1:-60}
[[ $SECS =~ ^[0-9]+$ ]] || die "usage: tests/fuzz/run.sh [SECONDS]"
BUILD="$REPO/build/fuzz"
CXX=${FUZZ_CXX:-clang++-16}
CC=${FUZZ_CC:-clang-16}
command -v "$CXX" >/dev/null || die "$CXX not found (apt-get install clang-16 libclang-rt-16-dev)"
command -v "$CC" >/dev/null || die "$CC not found"

# One run at a time: concurrent runs would clobber each other's outputs.
mkdir -p "$(dirname -- "$BUILD.lock")" || die "cannot create $(dirname -- "$BUILD.lock")"
exec 9>"$BUILD.lock"
if ! flock -n 9; then
  echo "fuzz: waiting for another run to finish ..." >&2
  flock 9
fi
# ---- build ------------------------------------------------------------------------
gen=()
command -v ninja >/dev/null && gen=(-G Ninja)
if [[ ! -f $BUILD/CMakeCache.txt ]]; then
  cmake -S "$REPO" -B "$BUILD" "${gen[@]}" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER="$CC" -DCMAKE_CXX_COMPILER="$CXX" \
    -DMOLT_FUZZ=ON -DMOLT_TESTS=OFF -DMOLT_WERROR=OFF >"$BUILD.configure.log" 2>&1 \
    || { cat "$BUILD.configure.log" >&2; rm -f "$BUILD/CMakeCache.txt"; die "cmake configure failed"; }
fi
cmake --build "$BUILD" --target molt_frontend_fuzz -j 2 || die "build failed"
FUZZER="$BUILD/bin/molt_frontend_fuzz"
[[ -x $FUZZER ]] || die "$FUZZER was not built"

# ---- seed corpus --------------------------------------------------------------------
SEED="$BUILD/seed"
if [[ ! -d $SEED ]]; then
  mkdir -p "$SEED.tmp" || die "cannot create $SEED.tmp"
  if lib=$("$REPO/tools/find-python312" --lib 2>/dev/null) && [[ -d $lib ]]; then
    # ~300 small files (100 B .. 4 KiB, the -max_len), spread over the tree.
    mapfile -t small < <(find "$lib" -path "$lib/site-packages" -prune -o \
                           -name '*.py' -type f -size +99c -size -4097c -print | LC_ALL=C sort)
    n=${#small[@]} step=1
    (( n > 300 )) && step=$(( (n + 299) / 300 ))
    for (( i = 0; i < n; i += step )); do
      cp -- "${small[$i]}" "$SEED.tmp/lib_$i.py"
    done
  else
    echo "fuzz: warning: no reference Lib/ tree found; seeding from tests/syntax/errors only" >&2
  fi
  for f in "$REPO"/tests/syntax/errors/*.py; do
    [[ -f $f ]] && cp -- "$f" "$SEED.tmp/err_$(basename -- "$f")"
  done
  mv -- "$SEED.tmp" "$SEED" || die "cannot create $SEED"
fi
CORPUS="$BUILD/corpus"
ART="$BUILD/artifacts"
mkdir -p "$CORPUS" "$ART" || die "cannot create $CORPUS / $ART"

# ---- fuzz ------------------------------------------------------------------------------
stamp="$BUILD/.run-start"
: >"$stamp"
opts=(-dict="$REPO/tests/fuzz/python.dict" -max_len=4096 -timeout=5 -rss_limit_mb=2048
      -max_total_time="$SECS" -artifact_prefix="$ART/" -print_final_stats=1)
[[ -n ${FUZZ_FORK:-} ]] && opts+=(-fork="$FUZZ_FORK")
read -r -a extra <<<"${FUZZ_ARGS:-}"
# detect_stack_use_after_return=0: with it (clang >= 15 enables it by default)
# locals live on ASan's heap "fake stack", which defeats the parser's native
# stack guard (it compares a local's address with the thread's stack bounds).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1:detect_stack_use_after_return=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
echo "fuzz: $FUZZER for ${SECS}s (log: $BUILD/fuzz.log)" >&2
"$FUZZER" "${opts[@]}" "${extra[@]}" "$CORPUS" "$SEED" >"$BUILD/fuzz.log" 2>&1
rc=$?

mapfile -t found < <(find "$ART" -type f -newer "$stamp" \
  \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | LC_ALL=C sort)
grep -E '^(#[0-9]+.*DONE|Done [0-9]+ runs|stat::number_of_executed_units|stat::peak_rss_mb)' "$BUILD/fuzz.log" | tail -3 >&2
if (( rc != 0 )) || (( ${#found[@]} )); then
  echo "fuzz: FAILED (libFuzzer exit status $rc); last lines of $BUILD/fuzz.log:" >&2
  grep -vE '^#[0-9]+' "$BUILD/fuzz.log" | tail -40 >&2
  for f in "${found[@]}"; do
    echo "fuzz: reproducer: $f" >&2
    echo "fuzz:   reproduce with: $FUZZER $f" >&2
  done
  exit 1
fi
echo "fuzz: ok, nothing found in ${SECS}s (corpus: $(find "$CORPUS" -type f | wc -l) inputs)" >&2
exit 0
