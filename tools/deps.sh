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

# The reference interpreter (CPython 3.12) every test compares with.
tools/find-python312 --install >/dev/null
echo "deps: ok (reference: $(tools/find-python312))"
