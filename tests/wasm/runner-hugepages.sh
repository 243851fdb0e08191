#!/usr/bin/env bash
# tests/wasm/runner-hugepages.sh — the runner's huge-page advice on a
# module's linear memory (tools/wasm-run-memory.cpp).
#
# 1. The addon marks the memory still to come, and only it, for transparent
#    huge pages ("hg" in the mapping's VmFlags in /proc/self/smaps), and the
#    mark stays on memory the module grows into later.
# 2. A program that grows its memory to ~150 MB prints the same with and
#    without the advice (MOLT_WASM_HUGEPAGES=0).
#
# Environment: MOLT, RUNNER, NODE (see runner-env.sh).
set -u -o pipefail

source "$(dirname -- "${BASH_SOURCE[0]}")/runner-env.sh"
ADDON=$(dirname -- "$RUNNER")/wasm-run-memory.node
[ "$(uname -s)" = Linux ] || { echo "runner-hugepages: not Linux, skipped"; exit 0; }
[ -f "$ADDON" ] || { echo "runner-hugepages: $ADDON was not built" >&2; exit 1; }

fail=0
out=$("$NODE" - "$ADDON" <<'EOF'
const { readFileSync } = require('node:fs');
const addon = { exports: {} };
process.dlopen(addon, process.argv[2]);
const memory = new WebAssembly.Memory({ initial: 16 }); // 1 MiB
// The process's anonymous mappings, from smaps, as [lo, hi, perms, advised].
function mappings() {
  const out = [];
  for (const block of readFileSync('/proc/self/smaps', 'utf8').split(/\n(?=[0-9a-f]+-[0-9a-f]+ )/)) {
    const m = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ (\d+)[ \t]*([^\n]*)/.exec(block);
    if (!m || m[4] !== '0' || m[5] !== '') continue;
    const flags = /VmFlags:(.*)/.exec(block);
    out.push([BigInt('0x' + m[1]), BigInt('0x' + m[2]), m[3], !!flags && / hg/.test(flags[1])]);
  }
  return out;
}
const GiB = BigInt(1) << BigInt(30);
const hg = () => mappings().filter((m) => m[3]);
const restOf = (maps) => maps.filter((m) => m[2] === '---p' && m[1] - m[0] > 3n * GiB);
const before = hg().length;
console.log('status', addon.exports.adviseHugePages(memory.buffer));
// The advice: one mapping more, the reservation's rest (close to 4 GiB).
const advised = hg();
console.log('advised', advised.length - before, restOf(advised).length);
memory.grow(64); // 4 MiB more, from the advised range
new Uint8Array(memory.buffer)[memory.buffer.byteLength - 1] = 1;
// The grown memory: a read-write mapping, still advised, that ends where the
// reservation's rest begins and is smaller than the 5 MiB of the memory.
const after = hg();
const rest = restOf(after);
const grown = after.filter((m) => m[2] === 'rw-p' && rest.length === 1 && m[1] === rest[0][0]);
console.log('grown', grown.length, grown.length ? Number(grown[0][1] - grown[0][0]) <= 4 << 20 : false);
EOF
)
if [ "$out" != $'status 0\nadvised 1 1\ngrown 1 true' ]; then
  echo "runner-hugepages: unexpected mappings:" >&2
  echo "$out" >&2
  fail=1
fi

OUT=$REPO/build/wasm-runner-hugepages
mkdir -p "$OUT"
"$MOLT" build --dev --target wasm "$REPO/tests/wasm/memory_growth.py" -o "$OUT/growth.wasm" ||
  { echo "runner-hugepages: build failed" >&2; exit 1; }
with=$("$NODE" --no-warnings "$RUNNER" "$OUT/growth.wasm") || fail=1
without=$(MOLT_WASM_HUGEPAGES=0 "$NODE" --no-warnings "$RUNNER" "$OUT/growth.wasm") || fail=1
if [ -z "$with" ] || [ "$with" != "$without" ]; then
  echo "runner-hugepages: outputs differ: '$with' vs '$without'" >&2
  fail=1
fi
((fail)) && exit 1
echo "runner-hugepages: the memory still to come is advised, and runs agree"
