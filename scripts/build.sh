#!/usr/bin/env bash
# Configures and builds the whole tree into build/ (or $LAS_BUILD_DIR). Uses ccache when it is installed.
# LAS_BUILD_TYPE (default RelWithDebInfo; CI uses "CI": -O1, no debug info) and LAS_UNITY_BUILD (ON/OFF).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${LAS_BUILD_DIR:-$root/build}
"$root/scripts/ensure-deps.sh"
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
t=$SECONDS
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${LAS_BUILD_TYPE:-RelWithDebInfo}" \
    -DLAS_UNITY_BUILD="${LAS_UNITY_BUILD:-OFF}" "${launcher[@]}" >/dev/null
echo "== stage configure: $((SECONDS - t)) s"
t=$SECONDS
cmake --build "$build" -j"$(nproc)" "$@"
echo "== stage build: $((SECONDS - t)) s"
