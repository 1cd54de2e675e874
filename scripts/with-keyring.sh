#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (the real Secret Service),
# so keychain tests need no desktop session:  scripts/with-keyring.sh ctest -L keychain
set -euo pipefail
if [[ -z ${LAS_KEYRING_INNER:-} ]]; then
    export LAS_KEYRING_INNER=1
    exec dbus-run-session -- "$0" "$@"
fi
export XDG_DATA_HOME=${XDG_DATA_HOME:-$(mktemp -d)}   # a throwaway keyring, never the user's own
mkdir -p "$XDG_DATA_HOME/keyrings"
# The password only unlocks this throwaway login keyring; it is fed on stdin, never on a command line.
eval "$(printf 'las-test-keyring\n' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
"$@"
