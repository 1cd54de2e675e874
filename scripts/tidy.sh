#!/usr/bin/env bash
# clang-tidy over our own sources, using the build's compile_commands.json.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
cd "$root"
git ls-files 'lib/*.cpp' 'cli/*.cpp' 'emulator/*.cpp' | xargs -P "$(nproc)" -n 4 clang-tidy-14 -p "$build" --quiet
