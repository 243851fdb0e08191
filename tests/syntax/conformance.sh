#!/usr/bin/env bash
# tests/syntax/conformance.sh — compare `molt parse --dump-ast` with CPython 3.12's
# ast.dump(ast.parse(source_bytes), include_attributes=True) over every .py file
# of the reference interpreter's Lib/ tree (site-packages excluded).
#
# Usage: tests/syntax/conformance.sh [-k] [-j N] [--files LIST] [--timeout S]
#                                    [--min-percent P] [PATH...]
#   -k              keep going after a crash (default: stop starting new batches)
#   -j N            molt batches run in parallel (default 2)
#   --files LIST    check the files listed in LIST (one path per line, '-' = stdin)
#                   instead of the whole Lib/ tree
#   PATH...         check these .py files / every .py file under these dirs
#                   (with --files and/or PATH..., the Lib/ tree is not checked)
#   --timeout S     per molt invocation (default 10 s); a timeout counts as a crash
#   --min-percent P pass threshold (default 99.5)
# Environment: MOLT (default build/bin/molt).
#
# A file counts as identical if the dumps match byte for byte, or if both
# reject it (CPython's ast.parse raises, molt exits 1). molt runs on batches of
# files; a batch that does not exit 0 with one line per file is re-run one file
# per process to attribute the failure. Crashes (signal, timeout, sanitizer
# report, exit status other than 0/1) always fail the run.
#
# The reference interpreter only computes expectations (in-process, see
# conformance_ref.py), cached in build/conformance/expected/ by content hash;
# it runs concurrently with molt. Outputs: summary on stdout,
# build/conformance/diffs.txt (every non-identical file with the first
# difference in context), raw molt outputs in build/conformance/run/.
# Exit status: 0 pass, 1 fail (P < threshold or crashes), 2 usage/setup error.
set -u -o pipefail

die() { echo "conformance: error: $*" >&2; exit 2; }

REPO=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd) || die "cannot locate repo"
MOLT=${MOLT:-$REPO/build/bin/molt}
OUT=$REPO/build/conformance
JOBS=2 TIMEOUT=10 KEEP_GOING=0 MIN_PERCENT=99.5 LIST=""
BATCH_FILES=64 BATCH_BYTES=$((1024 * 1024))
paths=()

while (( $# )); do
  case "$1" in
    -k|--keep-going) KEEP_GOING=1 ;;
    -j) shift; JOBS=${1:?-j needs a number} ;;
    -j*) JOBS=${1#-j} ;;
    --files) shift; LIST=${1:?--files needs a file} ;;
    --files=*) LIST=${1#--files=} ;;
    --timeout) shift; TIMEOUT=${1:?--timeout needs seconds} ;;
    --min-percent) shift; MIN_PERCENT=${1:?--min-percent needs a number} ;;
    -h|--help) sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) die "unknown option '$1' (try --help)" ;;
    *) paths+=("$1") ;;
  esac
  shift
done
[[ $JOBS =~ ^[1-9][0-9]*$ ]] || die "bad -j value '$JOBS'"

[[ -x $MOLT ]] || die "$MOLT not found or not executable (build it first: make build)"
PY=$("$REPO/tools/find-python312") || die "no reference Python 3.12 (tools/find-python312 failed)"
REF="$REPO/tests/syntax/conformance_ref.py"

abspath() { if [[ $1 == /* ]]; then printf '%s\n' "$1"; else printf '%s\n' "$PWD/$1"; fi; }

# One run at a time: concurrent runs would clobber each other's outputs.
mkdir -p "$(dirname -- "$OUT.lock")" || die "cannot create $(dirname -- "$OUT.lock")"
exec 9>"$OUT.lock"
if ! flock -n 9; then
  echo "conformance: waiting for another run to finish ..." >&2
  flock 9
fi
# ---- the file list ------------------------------------------------------------
mkdir -p "$OUT" || die "cannot create $OUT"
FILES="$OUT/files.txt"
ROOT=""
{
  if [[ -n $LIST ]]; then
    if [[ $LIST == - ]]; then cat; else cat -- "$LIST" || exit 1; fi |
      while IFS= read -r p; do [[ -n $p ]] && abspath "$p"; done
  fi
  for p in "${paths[@]}"; do
    if [[ -d $p ]]; then
      find "$(abspath "$p")" -name '*.py' -type f | LC_ALL=C sort
    else
      abspath "$p"
    fi
  done
  if [[ -z $LIST && ${#paths[@]} -eq 0 ]]; then
    lib=$("$REPO/tools/find-python312" --lib) || exit 1
    [[ -d $lib ]] || exit 1
    find "$lib" -path "$lib/site-packages" -prune -o -name '*.py' -type f -print | LC_ALL=C sort
  fi
} >"$FILES" || die "cannot build the file list"
if [[ -z $LIST && ${#paths[@]} -eq 0 ]]; then
  ROOT=$("$REPO/tools/find-python312" --lib)
fi
mapfile -t ALL <"$FILES"
(( ${#ALL[@]} > 0 )) || die "no files to check"
for f in "${ALL[@]}"; do [[ -f $f ]] || die "no such file: $f"; done

# ---- expectations: the reference interpreter, in the background ----------------
RUN="$OUT/run"
rm -rf -- "$RUN" && mkdir -p "$RUN" || die "cannot create $RUN"
( "$PY" "$REF" expect "$FILES" "$OUT/expected" >"$RUN/expect.log" 2>&1; echo $? >"$RUN/expect.rc" ) &
ref_pid=$!

# ---- molt, in batches ------------------------------------------------------------
# Split into batches of at most BATCH_FILES files / BATCH_BYTES bytes.
nbatches=0
{
  n=0 bytes=0
  while IFS=' ' read -r size path; do
    if (( n > 0 && (n >= BATCH_FILES || bytes + size > BATCH_BYTES) )); then
      nbatches=$((nbatches + 1)); n=0 bytes=0
    fi
    printf '%s\n' "$path" >>"$RUN/b$nbatches.list"
    n=$((n + 1)); bytes=$((bytes + size))
  done < <(printf '%s\0' "${ALL[@]}" | xargs -0 stat -c '%s %n' --)
  nbatches=$((nbatches + 1))
  echo "$nbatches" >"$RUN/nbatches"
}
nbatches=$(<"$RUN/nbatches")

is_sanitizer_report() {
  grep -qE 'AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|MemorySanitizer|: runtime error: ' -- "$1" 2>/dev/null
}

run_molt() { # OUT ERR FILE... ; leaves the exit status in OUT's .rc sibling
  local out=$1 err=$2; shift 2
  # (in a subshell whose stderr is discarded, so that bash does not report
  # "Aborted"/"Segmentation fault" itself; molt's stderr goes to ERR)
  ( timeout -k 2 "$TIMEOUT" "$MOLT" parse --dump-ast "$@" >"$out" 2>"$err" </dev/null; exit $? ) 2>/dev/null
}

run_batch() {
  local k=$1 base="$RUN/b$1" rc lines j f
  local -a fl
  mapfile -t fl <"$base.list"
  run_molt "$base.out" "$base.err" "${fl[@]}"
  rc=$?
  echo "$rc" >"$base.rc"
  lines=$(wc -l <"$base.out")
  if (( rc == 0 && lines == ${#fl[@]} )) && ! is_sanitizer_report "$base.err"; then
    echo batch >"$base.mode"
    return 0
  fi
  # Re-run one file per process to find out which files failed and how.
  mkdir -p "$base"
  j=0
  for f in "${fl[@]}"; do
    run_molt "$base/$j.out" "$base/$j.err" "$f"
    rc=$?
    echo "$rc" >"$base/$j.rc"
    if (( rc != 0 && rc != 1 )) || is_sanitizer_report "$base/$j.err"; then
      case $rc in
        124|137) why="timeout after ${TIMEOUT}s" ;;
        *) if (( rc > 128 )); then why="signal $((rc - 128))"; else why="exit status $rc"; fi ;;
      esac
      echo "conformance: CRASH ($why): $MOLT parse --dump-ast $f" >&2
      : >"$RUN/CRASHED"
    fi
    j=$((j + 1))
  done
  echo single >"$base.mode"
}

running=0
for (( k = 0; k < nbatches; k++ )); do
  if (( ! KEEP_GOING )) && [[ -e $RUN/CRASHED ]]; then
    echo "conformance: stopping after a crash (use -k to keep going)" >&2
    break
  fi
  while (( $(jobs -rp | grep -vxc -- "$ref_pid") >= JOBS )); do wait -n; done
  run_batch "$k" &
done
# Wait for the molt batches (and the reference).
for pid in $(jobs -rp); do [[ $pid == "$ref_pid" ]] || wait "$pid"; done
wait "$ref_pid" 2>/dev/null
ref_rc=$(cat "$RUN/expect.rc" 2>/dev/null || echo missing)
if [[ $ref_rc != 0 ]]; then
  cat "$RUN/expect.log" >&2
  die "the reference interpreter failed computing expectations (status $ref_rc)"
fi

# ---- compare ---------------------------------------------------------------------------
args=(compare "$FILES" "$OUT/expected" "$RUN" "$OUT/diffs.txt" --min-percent "$MIN_PERCENT")
[[ -n $ROOT ]] && args+=(--root "$ROOT")
"$PY" "$REF" "${args[@]}"
