#!/usr/bin/env bash
# Builds the app and the local LAS server, then starts the desktop app on its demo: las-review --demo runs
# las-emulator as its child (loopback, demo invoices kept in ~/.local/share/las-review/demo between runs),
# signs in with its generated credentials and lists the documents. Extra arguments go to las-review
# (e.g. --demo-reset for fresh demo data).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export LAS_BUILD_DIR=${LAS_BUILD_DIR:-$root/build}
"$root/scripts/build.sh" --target las-review las-emulator
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "demo.sh: no display (DISPLAY/WAYLAND_DISPLAY unset). Run it in a desktop session, or e.g." >&2
    echo "  xvfb-run -a scripts/demo.sh" >&2
    exit 1
fi
exec "$LAS_BUILD_DIR/app/las-review" --demo "$@"
