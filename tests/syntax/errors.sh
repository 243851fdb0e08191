#!/usr/bin/env bash
# tests/syntax/errors.sh — molt must report syntax errors exactly like CPython 3.12.
#
# Usage: tests/syntax/errors.sh [-j N] [CASE...]
#   CASE  a name (e.g. tab_error) or path of a case; default: every
#         tests/syntax/errors/*.py
#   -j N  cases run in parallel (default 2)
# Environment: MOLT (default build/bin/molt).
#
# For every case FILE (a small invalid program) this runs, at test time,
#   the reference:  python3.12 FILE               (tools/find-python312)
#   molt:           molt parse --dump-ast FILE
# and requires: both exit with status 1, molt prints nothing on stdout, and
# the two stderr outputs are identical once the file's path is replaced by
# FILE. Expected outputs are never stored: they always come from CPython.
# Beforehand, one reference process checks that every case is rejected by
# ast.parse (i.e. is a parser error, not a compiler/symtable one); a case
# that is not counts as a failure ("bad case").
#
# Prints a unified diff per mismatch and the summary `errors: X/Y match`;
# outputs are kept in build/syntax-errors/. Exit status 0 iff all match.
set -u -o pipefail

die() { echo "errors: error: $*" >&2; exit 2; }

REPO=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd) || die "cannot locate repo"
MOLT=${MOLT:-$REPO/build/bin/molt}
CASES_DIR="$REPO/tests/syntax/errors"
OUT="$REPO/build/syntax-errors"
JOBS=2
REF_TIMEOUT=120 MOLT_TIMEOUT=10
names=()

while (( $# )); do
  case "$1" in
    -j) shift; JOBS=${1:?-j needs a number} ;;
    -j*) JOBS=${1#-j} ;;
    -h|--help) sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) die "unknown option '$1' (try --help)" ;;
    *) names+=("$1") ;;
  esac
  shift
done
[[ $JOBS =~ ^[1-9][0-9]*$ ]] || die "bad -j value '$JOBS'"
[[ -x $MOLT ]] || die "$MOLT not found or not executable (build it first: make build)"
PY=$("$REPO/tools/find-python312") || die "no reference Python 3.12 (tools/find-python312 failed)"

cases=()
if (( ${#names[@]} )); then
  for n in "${names[@]}"; do
    if [[ -f $n ]]; then
      [[ $n == /* ]] || n="$PWD/$n"
      cases+=("$n")
    elif [[ -f $CASES_DIR/$n ]]; then cases+=("$CASES_DIR/$n")
    elif [[ -f $CASES_DIR/$n.py ]]; then cases+=("$CASES_DIR/$n.py")
    else die "no such case: $n"
    fi
  done
else
  shopt -s nullglob
  cases=("$CASES_DIR"/*.py)
  shopt -u nullglob
fi
(( ${#cases[@]} )) || die "no cases found in $CASES_DIR"

# One run at a time: concurrent runs would clobber each other's outputs.
mkdir -p "$(dirname -- "$OUT.lock")" || die "cannot create $(dirname -- "$OUT.lock")"
exec 9>"$OUT.lock"
if ! flock -n 9; then
  echo "errors: waiting for another run to finish ..." >&2
  flock 9
fi
rm -rf -- "$OUT" && mkdir -p "$OUT" || die "cannot create $OUT"

# ---- every case must be a parser error (one reference process) ------------------
printf '%s\n' "${cases[@]}" >"$OUT/cases.txt"
"$PY" -I -c '
import ast, sys, warnings
warnings.simplefilter("ignore")
for path in open(sys.argv[1], encoding="utf-8").read().splitlines():
    try:
        ast.parse(open(path, "rb").read())
    except Exception:
        continue
    print(path)
' "$OUT/cases.txt" >"$OUT/not-parser-errors.txt" 2>"$OUT/check.err" \
  || { cat "$OUT/check.err" >&2; die "the reference interpreter failed checking the cases"; }

# ---- run both on every case ---------------------------------------------------------
# Runs CMD... with a timeout, stdout/stderr to files, status to a file.
run_to() { # PREFIX TIMEOUT CMD...
  local p=$1 t=$2; shift 2
  ( timeout -k 5 "$t" "$@" >"$p.out" 2>"$p.err" </dev/null; echo $? >"$p.rc"; exit 0 ) 2>/dev/null
}

normalize() { # FILE PATH: print FILE's content with PATH replaced by "FILE" (byte-exact)
  local re
  re=$(printf '%s' "$2" | sed 's/[][\\.*^$/]/\\&/g')
  LC_ALL=C sed "s/$re/FILE/g" -- "$1"
}

run_case() {
  local i=$1 f=$2 p="$OUT/$i"
  run_to "$p.ref" "$REF_TIMEOUT" "$PY" -I -X utf8 "$f"
  run_to "$p.molt" "$MOLT_TIMEOUT" "$MOLT" parse --dump-ast "$f"
}

for i in "${!cases[@]}"; do
  while (( $(jobs -rp | wc -l) >= JOBS )); do wait -n; done
  run_case "$i" "${cases[$i]}" &
done
wait

# ---- compare ----------------------------------------------------------------------
pass=0 total=0
failed=()
for i in "${!cases[@]}"; do
  f=${cases[$i]} p="$OUT/$i"
  name=${f#"$CASES_DIR/"}
  total=$((total + 1))
  ref_rc=$(<"$p.ref.rc") molt_rc=$(<"$p.molt.rc")
  normalize "$p.ref.err" "$f" >"$p.expected"
  normalize "$p.molt.err" "$f" >"$p.actual"
  problems=()
  if grep -qxF -- "$f" "$OUT/not-parser-errors.txt"; then
    problems+=("bad case: CPython's ast.parse accepts it (not a parser error)")
  fi
  (( ref_rc == 1 )) || problems+=("bad case: the reference exited with status $ref_rc, not 1")
  case $molt_rc in
    1) ;;
    124|137) problems+=("molt timed out after ${MOLT_TIMEOUT}s") ;;
    *) if (( molt_rc > 128 )); then problems+=("molt was killed by signal $((molt_rc - 128))")
       else problems+=("molt exited with status $molt_rc, expected 1"); fi ;;
  esac
  [[ -s $p.molt.out ]] && problems+=("molt wrote to stdout ($(wc -c <"$p.molt.out") bytes)")
  cmp -s -- "$p.expected" "$p.actual" || problems+=("stderr differs")
  if (( ${#problems[@]} == 0 )); then
    pass=$((pass + 1))
    continue
  fi
  failed+=("$name")
  echo "FAIL $name: $(IFS=';'; echo "${problems[*]}" | sed 's/;/; /g')"
  diff -u --label "cpython: $name" --label "molt: $name" -- "$p.expected" "$p.actual" | sed 's/^/  /'
done
echo "errors: $pass/$total match"
(( ${#failed[@]} )) && printf '%s\n' "${failed[@]}" >"$OUT/failed.txt"
(( pass == total ))
