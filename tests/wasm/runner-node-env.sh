#!/usr/bin/env bash
# tests/wasm/runner-node-env.sh — the Node molt starts gets molt's malloc
# tunables (compiler/cli/Pipeline.cpp, nodeEnvironment), unless the user set
# GLIBC_TUNABLES, which is then passed on unchanged; and the runner, started
# directly, still runs a module.
#
# MOLT_NODE is pointed at a wrapper that records the GLIBC_TUNABLES it was
# given, then runs the real Node.
#
# Environment: MOLT, RUNNER, NODE (see runner-env.sh).
set -u -o pipefail

source "$(dirname -- "${BASH_SOURCE[0]}")/runner-env.sh"
OUT=$REPO/build/wasm-runner-node-env
mkdir -p "$OUT"
printf 'print("ran")\n' > "$OUT/hello.py"
cat > "$OUT/node" <<EOF
#!/bin/sh
printf '%s\n' "\${GLIBC_TUNABLES-unset}" > "$OUT/seen"
exec "$NODE" "\$@"
EOF
chmod +x "$OUT/node"

fail=0
expect='glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=1073741824:glibc.malloc.trim_threshold=1073741824:glibc.malloc.top_pad=33554432'
for how in run diff; do
  rm -f "$OUT/seen"
  if [ $how = run ]; then
    out=$(env -u GLIBC_TUNABLES MOLT_NODE="$OUT/node" "$MOLT" run --dev --target wasm "$OUT/hello.py")
    [ "$out" = ran ] || { echo "runner-node-env: molt run printed '$out'" >&2; fail=1; }
  else
    env -u GLIBC_TUNABLES MOLT_NODE="$OUT/node" "$MOLT" diff --dev --target wasm "$OUT/hello.py" \
      > "$OUT/diff.log" 2>&1 || { echo "runner-node-env: molt diff failed" >&2; cat "$OUT/diff.log" >&2; fail=1; }
  fi
  seen=$(cat "$OUT/seen" 2> /dev/null)
  [ "$seen" = "$expect" ] || { echo "runner-node-env: molt $how: GLIBC_TUNABLES '$seen'" >&2; fail=1; }
done
rm -f "$OUT/seen"
out=$(GLIBC_TUNABLES=glibc.malloc.check=0 MOLT_NODE="$OUT/node" "$MOLT" run --dev --target wasm "$OUT/hello.py")
seen=$(cat "$OUT/seen" 2> /dev/null)
[ "$out" = ran ] && [ "$seen" = glibc.malloc.check=0 ] ||
  { echo "runner-node-env: the user's GLIBC_TUNABLES became '$seen' (output '$out')" >&2; fail=1; }
"$MOLT" build --dev --target wasm "$OUT/hello.py" -o "$OUT/hello.wasm" > /dev/null &&
  out=$("$NODE" --no-warnings "$RUNNER" "$OUT/hello.wasm" 2>&1)
[ "$out" = ran ] || { echo "runner-node-env: the runner run directly printed '$out'" >&2; fail=1; }
((fail)) && exit 1
echo "runner-node-env: molt run and molt diff start Node with the malloc tunables"
