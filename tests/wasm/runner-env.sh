# Sourced by the tests/wasm/runner-*.sh scripts: the tools they run.
# MOLT (default build/bin/molt), RUNNER (default build/lib/molt/wasm-run.cjs),
# NODE (default: MOLT_NODE, else the Node `make deps` pins in build/node,
# else node on PATH, as molt chooses). Sets REPO too.
REPO=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)
MOLT=${MOLT:-$REPO/build/bin/molt}
RUNNER=${RUNNER:-$REPO/build/lib/molt/wasm-run.cjs}
if [ -z "${NODE:-}" ]; then
  NODE=${MOLT_NODE:-node}
  [ -z "${MOLT_NODE:-}" ] && [ -x "$REPO/build/node/bin/node" ] && NODE=$REPO/build/node/bin/node
fi
