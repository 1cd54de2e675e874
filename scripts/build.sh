#!/usr/bin/env bash
# Configures and builds the whole tree into build/ (or $LAS_BUILD_DIR). Uses ccache when it is installed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${LAS_BUILD_DIR:-$root/build}
"$root/scripts/ensure-deps.sh"
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
t=$SECONDS
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
echo "== stage configure: $((SECONDS - t)) s"
t=$SECONDS
cmake --build "$build" -j"$(nproc)" "$@"
echo "== stage build: $((SECONDS - t)) s"
