#!/usr/bin/env bash
# bench/frontend/run.sh — front-end throughput: molt vs CPython 3.12's ast.parse.
#
# Usage: bench/frontend/run.sh [-n RUNS] [PATH...]
#   PATH...  .py files / directories to parse (default: the reference
#            interpreter's Lib/ tree, site-packages excluded)
#   -n RUNS  runs per side, the best counts (default 3)
# Environment: MOLT (default build/bin/molt).
#
# CPython: one in-process run of bench/frontend/cpython_parse.py (read bytes +
# ast.parse per file, timing only that). molt: `molt parse --stats FILES`
# (seconds = reading + parsing, process start excluded). Files CPython rejects
# are excluded from both sides. Prints a table and writes
# build/bench/frontend.json. Exit status 1 if molt crashes or rejects files
# CPython accepts.
set -u -o pipefail

die() { echo "bench: error: $*" >&2; exit 2; }

REPO=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd) || die "cannot locate repo"
MOLT=${MOLT:-$REPO/build/bin/molt}
OUT="$REPO/build/bench"
RUNS=3
paths=()
while (( $# )); do
  case "$1" in
    -n) shift; RUNS=${1:?-n needs a number} ;;
    -h|--help) sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) die "unknown option '$1' (try --help)" ;;
    *) paths+=("$1") ;;
  esac
  shift
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "bad -n value '$RUNS'"
[[ -x $MOLT ]] || die "$MOLT not found or not executable (build it first: make build)"
PY=$("$REPO/tools/find-python312") || die "no reference Python 3.12 (tools/find-python312 failed)"
mkdir -p "$OUT" || die "cannot create $OUT"
# One run at a time: concurrent runs would clobber each other's outputs.
mkdir -p "$(dirname -- "$OUT/.frontend.lock")" || die "cannot create $(dirname -- "$OUT/.frontend.lock")"
exec 9>"$OUT/.frontend.lock"
if ! flock -n 9; then
  echo "bench: waiting for another run to finish ..." >&2
  flock 9
fi

what="paths given"
{
  if (( ${#paths[@]} )); then
    for p in "${paths[@]}"; do
      [[ $p == /* ]] || p="$PWD/$p"
      if [[ -d $p ]]; then find "$p" -name '*.py' -type f | LC_ALL=C sort; else printf '%s\n' "$p"; fi
    done
  else
    lib=$("$REPO/tools/find-python312" --lib) && [[ -d $lib ]] || exit 1
    find "$lib" -path "$lib/site-packages" -prune -o -name '*.py' -type f -print | LC_ALL=C sort
  fi
} >"$OUT/frontend-files.txt" || die "cannot list the files"
(( ${#paths[@]} )) || what="Lib/ of the reference"

# ---- CPython -----------------------------------------------------------------------
echo "bench: CPython ast.parse, best of $RUNS ..." >&2
cpy_json=$("$PY" "$REPO/bench/frontend/cpython_parse.py" "$OUT/frontend-files.txt" \
           "$OUT/frontend-accepted.txt" "$RUNS") || die "the reference interpreter failed"
json_field() { # JSON KEY -> the value of a top-level scalar field
  sed -n "s/.*\"$2\": *\"\{0,1\}\([^\",}]*\)\"\{0,1\}[,}].*/\1/p" <<<"$1"
}
cpy_files=$(json_field "$cpy_json" files)
cpy_bytes=$(json_field "$cpy_json" bytes)
cpy_secs=$(json_field "$cpy_json" seconds)
cpy_ver=$(json_field "$cpy_json" python)
cpy_rejected=$(json_field "$cpy_json" rejected)
mapfile -t files <"$OUT/frontend-accepted.txt"
(( ${#files[@]} > 0 )) || die "no files to parse"

# ---- molt --------------------------------------------------------------------------
echo "bench: molt parse --stats, best of $RUNS ..." >&2
molt_best="" molt_runs=() status=0
for (( r = 0; r < RUNS; r++ )); do
  line=$( ( "$MOLT" parse --stats "${files[@]}" 2>"$OUT/frontend-molt.err" </dev/null; echo "rc=$?" ) 2>/dev/null )
  rc=${line##*rc=}
  stats=$(grep -m1 '^files=' <<<"$line")
  if [[ -z $stats ]] || (( rc > 1 )); then
    echo "bench: molt failed (exit status $rc); stderr in $OUT/frontend-molt.err" >&2
    exit 1
  fi
  secs=$(sed -n 's/.*seconds=\([0-9.eE+-]*\).*/\1/p' <<<"$stats")
  errs=$(sed -n 's/.*errors=\([0-9]*\).*/\1/p' <<<"$stats")
  mfiles=$(sed -n 's/.*files=\([0-9]*\).*/\1/p' <<<"$stats")
  mbytes=$(sed -n 's/.*bytes=\([0-9]*\).*/\1/p' <<<"$stats")
  [[ -n $secs ]] || die "cannot read molt's stats line: $stats"
  molt_runs+=("$secs")
  if [[ -z $molt_best ]] || awk -v a="$secs" -v b="$molt_best" 'BEGIN{exit !(a < b)}'; then
    molt_best=$secs
  fi
done
if [[ ${errs:-0} != 0 ]]; then
  echo "bench: WARNING: molt rejected $errs file(s) that CPython accepts" >&2
  status=1
fi
[[ $mfiles == "$cpy_files" ]] || echo "bench: WARNING: molt parsed $mfiles files, CPython $cpy_files" >&2
[[ $mbytes == "$cpy_bytes" ]] || echo "bench: note: molt counted $mbytes bytes, CPython $cpy_bytes" >&2

# ---- report --------------------------------------------------------------------------
read -r mb ratio < <(awk -v b="$cpy_bytes" -v m="$molt_best" -v c="$cpy_secs" \
  'BEGIN{printf "%.2f %.2f\n", b / 1048576, (m > 0 ? c / m : 0)}')
echo
echo "Front end: $what (CPython $cpy_ver), best of $RUNS"
printf '  %6s %8s %10s %12s %14s\n' files MB "molt s" "CPython s" "CPython/molt"
printf '  %6s %8s %10.3f %12.3f %13sx faster\n' "$cpy_files" "$mb" "$molt_best" "$cpy_secs" "$ratio"
(( cpy_rejected > 0 )) && echo "  ($cpy_rejected files rejected by CPython excluded)"

runs_json=$(IFS=,; echo "${molt_runs[*]}")
cpy_runs_json=$(sed -n 's/.*"runs": *\[\([^]]*\)\].*/\1/p' <<<"$cpy_json" | tr -d ' ')
cat >"$OUT/frontend.json" <<EOF
{
  "date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "host": "$(uname -m) $(nproc 2>/dev/null || echo '?') cpus",
  "input": "$what",
  "files": $cpy_files,
  "bytes": $cpy_bytes,
  "excluded_rejected_by_cpython": $cpy_rejected,
  "runs": $RUNS,
  "molt": {"seconds": $molt_best, "runs": [$runs_json], "errors": ${errs:-0}},
  "cpython": {"version": "$cpy_ver", "seconds": $cpy_secs, "runs": [$cpy_runs_json]},
  "ratio_cpython_over_molt": $ratio
}
EOF
echo "  (written to $OUT/frontend.json)"
exit $status
