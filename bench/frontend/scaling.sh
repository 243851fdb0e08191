#!/usr/bin/env bash
# bench/frontend/scaling.sh — the front end must scale linearly on big inputs.
#
# Usage: bench/frontend/scaling.sh [-n RUNS] [CASE...]
#   CASE     only these cases (names as in bench/frontend/gen_scaling.py)
#   -n RUNS  runs per input, the best counts (default 3)
# Environment: MOLT (default build/bin/molt).
#
# Synthetic inputs (written by gen_scaling.py, run by the reference
# interpreter, into build/bench/scaling/; regenerated when the generator
# changes): 50k lines of statements, a 1 MB `x = 1+1+...` line, parentheses /
# calls / lists nested to just below 200, 10000 chained comparisons /
# attributes / calls / subscripts, 5 MB string literals, big displays, ...
# Each case has a 1x and a 4x input; molt parses each (3 copies per
# `molt parse --stats` invocation, best of RUNS; seconds exclude process start)
# and the ratio t(4x)/t(1x) is printed: ~4 is linear, ~16 quadratic.
# Fails (exit 1) if any ratio > 8 (when the 4x time is at least 50 ms; below
# that the ratio is noise) in three measurements in a row, or if molt crashes
# or takes more than 120 s.
# The "cpython" column says whether CPython's ast.parse accepts the 1x input
# (information only; molt may report an error instead of parsing, as long as
# it does so quickly and without crashing).
set -u -o pipefail

die() { echo "scaling: error: $*" >&2; exit 2; }

REPO=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd) || die "cannot locate repo"
MOLT=${MOLT:-$REPO/build/bin/molt}
GEN="$REPO/bench/frontend/gen_scaling.py"
DIR="$REPO/build/bench/scaling"
RUNS=3 COPIES=3 TIMEOUT=120 MAX_RATIO=8 MIN_SECONDS=0.05
only=()
while (( $# )); do
  case "$1" in
    -n) shift; RUNS=${1:?-n needs a number} ;;
    -h|--help) sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) die "unknown option '$1' (try --help)" ;;
    *) only+=("$1") ;;
  esac
  shift
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "bad -n value '$RUNS'"
[[ -x $MOLT ]] || die "$MOLT not found or not executable (build it first: make build)"

# One run at a time: concurrent runs would clobber each other's outputs.
mkdir -p "$(dirname -- "$DIR.lock")" || die "cannot create $(dirname -- "$DIR.lock")"
exec 9>"$DIR.lock"
if ! flock -n 9; then
  echo "scaling: waiting for another run to finish ..." >&2
  flock 9
fi
if [[ ! -f $DIR/cases.txt || $GEN -nt $DIR/cases.txt ]]; then
  PY=$("$REPO/tools/find-python312") || die "no reference Python 3.12 (tools/find-python312 failed)"
  echo "scaling: generating inputs into $DIR ..." >&2
  rm -rf -- "$DIR"
  "$PY" "$GEN" "$DIR.tmp" --check || die "generating the inputs failed"
  mv -- "$DIR.tmp" "$DIR" || die "cannot create $DIR"
fi

# time_input FILE -> prints "SECONDS ERRORS" (best of RUNS) or "CRASH why"
time_input() {
  local f=$1 best="" r line rc stats secs errs
  local -a args=()
  for (( r = 0; r < COPIES; r++ )); do args+=("$f"); done
  for (( r = 0; r < RUNS; r++ )); do
    line=$( ( timeout -k 5 "$TIMEOUT" "$MOLT" parse --stats "${args[@]}" 2>/dev/null </dev/null; echo "rc=$?" ) 2>/dev/null )
    rc=${line##*rc=}
    if (( rc == 124 || rc == 137 )); then echo "CRASH timeout after ${TIMEOUT}s"; return; fi
    if (( rc > 128 )); then echo "CRASH killed by signal $((rc - 128))"; return; fi
    if (( rc > 1 )); then echo "CRASH exit status $rc"; return; fi
    stats=$(grep -m1 '^files=' <<<"$line")
    secs=$(sed -n 's/.*seconds=\([0-9.eE+-]*\).*/\1/p' <<<"$stats")
    errs=$(sed -n 's/.*errors=\([0-9]*\).*/\1/p' <<<"$stats")
    [[ -n $secs ]] || { echo "CRASH no stats line"; return; }
    if [[ -z $best ]] || awk -v a="$secs" -v b="$best" 'BEGIN{exit !(a < b)}'; then best=$secs; fi
  done
  echo "$best ${errs:-?}"
}

fail=0 n=0
printf '%-20s %9s %9s %7s %8s  %-9s %s\n' case "1x s" "4x s" ratio "errors" cpython description
while IFS=$'\t' read -r name desc verdict; do
  if (( ${#only[@]} )); then
    keep=0
    for o in "${only[@]}"; do [[ $o == "$name" ]] && keep=1; done
    (( keep )) || continue
  fi
  n=$((n + 1))
  cpy=$([[ $verdict == ok ]] && echo accepts || echo "rejects")
  # A ratio above the limit is measured again (twice at most) before it counts:
  # on a busy machine one slow series is noise, a quadratic algorithm is not.
  for attempt in 1 2 3; do
    read -r t1 e1 < <(time_input "$DIR/${name}_1x.py")
    read -r t4 e4 < <(time_input "$DIR/${name}_4x.py")
    [[ $t1 == CRASH || $t4 == CRASH ]] && break
    read -r ratio bad < <(awk -v a="$t1" -v b="$t4" -v max="$MAX_RATIO" -v min="$MIN_SECONDS" \
      'BEGIN{r = (a > 0 ? b / a : 0); printf "%.2f %d\n", r, (r > max && b >= min)}')
    (( bad )) || break
  done
  if [[ $t1 == CRASH || $t4 == CRASH ]]; then
    why=$([[ $t1 == CRASH ]] && echo "1x: $e1" || echo "4x: $e4")
    printf '%-20s %s\n' "$name" "CRASH ($why)"
    fail=1
    continue
  fi
  note=""
  (( attempt > 1 )) && note="  (measured $attempt times)"
  (( bad )) && { note="  <-- FAIL (ratio > $MAX_RATIO in $attempt measurements)"; fail=1; }
  printf '%-20s %9.4f %9.4f %7s %8s  %-9s %s%s\n' "$name" "$t1" "$t4" "$ratio" "$e1/$e4" "$cpy" "$desc" "$note"
done <"$DIR/cases.txt"
(( n > 0 )) || die "no such case(s): ${only[*]}"
echo "(seconds: best of $RUNS, $COPIES copies of the input per run; errors: files molt rejected, 1x/4x)"
if (( fail )); then echo "scaling: FAIL"; else echo "scaling: ok"; fi
exit $fail
