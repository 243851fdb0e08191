#!/usr/bin/env bash
# tests/sema/symtable.sh — molt's symbol tables must match CPython 3.12's.
#
# Usage: tests/sema/symtable.sh [FILE...]   (default: tests/sema/symtable/*.py)
# Environment: MOLT (default build/bin/molt).
#
# For every FILE this compares, at test time,
#   python3.12 tests/sema/symtable_dump.py FILE     (CPython's `symtable` module)
#   molt check --dump-scopes --allow-pending FILE   (stdout)
# Prints a diff per mismatch and `symtable: X/Y match`; exit status 0 iff all match.
set -u -o pipefail
REPO=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd) || exit 2
MOLT=${MOLT:-$REPO/build/bin/molt}
PY=$("$REPO/tools/find-python312") || { echo "symtable: no python3.12" >&2; exit 2; }
[[ -x $MOLT ]] || { echo "symtable: $MOLT not built" >&2; exit 2; }
if (( $# )); then files=("$@"); else files=("$REPO"/tests/sema/symtable/*.py); fi
OUT=$(mktemp -d) || exit 2
trap 'rm -rf -- "$OUT"' EXIT
pass=0 total=0
for f in "${files[@]}"; do
  total=$((total + 1))
  "$PY" -I "$REPO/tests/sema/symtable_dump.py" "$f" >"$OUT/expected" 2>&1
  "$MOLT" check --dump-scopes --allow-pending "$f" >"$OUT/actual" 2>"$OUT/stderr"
  if cmp -s "$OUT/expected" "$OUT/actual"; then
    pass=$((pass + 1))
  else
    echo "FAIL ${f#"$REPO/"}"
    diff -u --label cpython --label molt "$OUT/expected" "$OUT/actual" | sed 's/^/  /'
    sed 's/^/  stderr: /' "$OUT/stderr"
  fi
done
echo "symtable: $pass/$total match"
(( pass == total ))
