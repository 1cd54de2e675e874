#!/usr/bin/env bash
# Builds everything and starts the demo. The desktop app (las-review --demo) is being built in its own issue;
# until it lands this starts the local LAS server with a generated data set and shows how to use lasctl.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export LAS_BUILD_DIR=${LAS_BUILD_DIR:-$root/build}
"$root/scripts/build.sh"
build=$LAS_BUILD_DIR
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
data=${LAS_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/las-review/demo-emulator}
mkdir -p "$data"
fifo=$(mktemp -u); mkfifo "$fifo"
"$build/emulator/las-emulator" --port 0 --data-dir "$data" --demo "${LAS_DEMO_DOCUMENTS:-20}" >"$fifo" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -f "$fifo"' EXIT INT TERM
read -r line <"$fifo"
python3 - "$line" "$build" "$data" <<'PY'
import json, os, sys
info, build, data = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3]
cfg = os.path.join(data, "credentials.cfg")
# The demo's generated credentials, in the official SDKs' file format, readable by this user only.
fd = os.open(cfg, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
with os.fdopen(fd, "w") as f:
    f.write("[default]\n")
    for key, name in (("client_id", "clientId"), ("client_secret", "clientSecret"), ("api_key", "apiKey"),
                      ("auth_endpoint", "authEndpoint"), ("api_endpoint", "baseUrl")):
        f.write(f"{key} = {info[name]}\n")
print("LAS emulator running with demo data at", info["baseUrl"])
print("Try the command-line client in another terminal:")
print(f"  {build}/cli/lasctl --credentials {cfg} documents list")
print("Press Ctrl+C to stop.")
PY
cat "$fifo" >/dev/null &
wait $pid
