#!/usr/bin/env bash
# tests/sema/errors.sh — molt must report compile-time errors like CPython 3.12.
#
# Usage: tests/sema/errors.sh [CASE...]
#   CASE  a name or path; default: every tests/sema/errors/*.py and
#         tests/sema/refusals/*.py
# Environment: MOLT (default build/bin/molt).
#
# tests/sema/errors/*.py are programs that CPython's parser accepts (ast.parse)
# but its symbol table or compiler rejects. For each, at test time,
#   the reference:  python3.12 FILE        molt: molt check FILE
# must both exit with status 1 and print the same stderr (the file's path
# replaced by FILE). Expected outputs are never stored: they come from CPython.
#
# tests/sema/refusals/*.py are valid Python that Molt refuses; molt check must
# exit with status 1 and print exactly NAME.expected (path replaced by FILE).
set -u -o pipefail
die() { echo "sema-errors: error: $*" >&2; exit 2; }
REPO=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd) || die "cannot locate repo"
MOLT=${MOLT:-$REPO/build/bin/molt}
[[ -x $MOLT ]] || die "$MOLT not found (build it first)"
PY=$("$REPO/tools/find-python312") || die "no reference Python 3.12"
cases=()
if (( $# )); then
  for n in "$@"; do
    for c in "$n" "$REPO/tests/sema/errors/$n" "$REPO/tests/sema/errors/$n.py" \
             "$REPO/tests/sema/refusals/$n" "$REPO/tests/sema/refusals/$n.py"; do
      if [[ -f $c ]]; then [[ $c == /* ]] || c="$PWD/$c"; cases+=("$c"); break; fi
    done
  done
else
  shopt -s nullglob
  cases=("$REPO"/tests/sema/errors/*.py "$REPO"/tests/sema/refusals/*.py)
  shopt -u nullglob
fi
(( ${#cases[@]} )) || die "no cases"
OUT=$(mktemp -d) || die "mktemp"
trap 'rm -rf -- "$OUT"' EXIT

normalize() { # FILE PATH
  local re
  re=$(printf '%s' "$2" | sed 's/[][\\.*^$/]/\\&/g')
  LC_ALL=C sed "s/$re/FILE/g" -- "$1"
}

pass=0 total=0
for f in "${cases[@]}"; do
  total=$((total + 1))
  name=${f#"$REPO/tests/sema/"}
  problems=()
  (cd "$(dirname -- "$f")" && timeout 20 "$MOLT" check "$f" >"$OUT/molt.out" 2>"$OUT/molt.err")
  molt_rc=$?
  normalize "$OUT/molt.err" "$f" >"$OUT/actual"
  if [[ $name == refusals/* ]]; then
    exp="${f%.py}.expected"
    [[ -f $exp ]] || problems+=("missing ${exp#"$REPO/"}")
    [[ -f $exp ]] && cp -- "$exp" "$OUT/expected"
  else
    if "$PY" -I -c 'import ast,sys; ast.parse(open(sys.argv[1],"rb").read())' "$f" 2>/dev/null; then :; else
      problems+=("bad case: a parser error (belongs in tests/syntax/errors)")
    fi
    (cd "$(dirname -- "$f")" && timeout 60 "$PY" -I -X utf8 "$f" >/dev/null 2>"$OUT/ref.err" </dev/null)
    ref_rc=$?
    (( ref_rc == 1 )) || problems+=("bad case: the reference exited with status $ref_rc")
    normalize "$OUT/ref.err" "$f" >"$OUT/expected"
  fi
  (( molt_rc == 1 )) || problems+=("molt exited with status $molt_rc, expected 1")
  [[ -s $OUT/molt.out ]] && problems+=("molt wrote to stdout")
  cmp -s -- "$OUT/expected" "$OUT/actual" || problems+=("stderr differs")
  if (( ${#problems[@]} == 0 )); then pass=$((pass + 1)); continue; fi
  echo "FAIL $name: $(IFS=';'; echo "${problems[*]}" | sed 's/;/; /g')"
  diff -u --label "expected: $name" --label "molt: $name" -- "$OUT/expected" "$OUT/actual" | sed 's/^/  /'
done
echo "sema-errors: $pass/$total match"
(( pass == total ))
