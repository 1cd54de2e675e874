#!/usr/bin/env bash
# Installs the Debian 12 packages the build and the tests need, when any is missing.
# As root it installs them; otherwise it prints the one sudo line to run and exits 1.
# LAS_APT_UPDATED=1 says the package lists were just refreshed (.ci/run does it once).
set -euo pipefail
packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-qpa-plugins qt6-pdf-dev qt6-tools-dev qt6-l10n-tools
    libqt6sql6-sqlite qtkeychain-qt6-dev libmicrohttpd-dev qt6-svg-dev libssl-dev
    gnome-keyring dbus dbus-x11 libsecret-tools
    fonts-dejavu-core fontconfig curl python3 time
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The contract validator (Prism, run by ../shared/tools/spec-proxy) needs Node.js and npm. Machines that
# already have a Node.js from elsewhere keep it (Debian's npm would conflict with it).
if ! command -v npm >/dev/null 2>&1; then
    missing+=(nodejs npm)
fi
if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
    echo "Missing packages. Run this once, then the same command again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
[[ ${LAS_APT_UPDATED:-0} == 1 ]] || apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
