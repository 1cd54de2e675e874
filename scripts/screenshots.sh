#!/usr/bin/env bash
# Screenshots of las-review for the README, taken under xvfb-run with a private home (the user's settings,
# keychain and demo data are not touched):
#   docs/screenshots/main-window.png     las-review --demo with a real invoice open (English)
#   docs/screenshots/main-window-nb.png  the same in Norwegian Bokmål (LANG=nb_NO.UTF-8)
#   docs/screenshots/no-profile.png      started without --demo and without a profile: the empty states
#
#   scripts/screenshots.sh [BUILD_DIR]    (default: $LAS_BUILD_DIR or ./build; built first when needed)
# LAS_SCREENSHOT_INVOICE names the invoice to open (default: the AWS invoice of ../shared/samples).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(realpath -m "${1:-${LAS_BUILD_DIR:-$root/build}}")
if [[ ! -x "$build/app/las-review" || ! -x "$build/emulator/las-emulator" ]]; then
    LAS_BUILD_DIR=$build "$root/scripts/build.sh" --target las-review las-emulator
fi
invoice=${LAS_SCREENSHOT_INVOICE:-$root/../shared/samples/invoices/AmazonWebServices.pdf}
[[ -f "$invoice" ]] || { echo "screenshots.sh: no invoice at $invoice" >&2; exit 1; }
for tool in xvfb-run import; do
    command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is missing (apt-get install xvfb imagemagick)" >&2; exit 1; }
done
out=$root/docs/screenshots
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
width=1400
height=900
wait_seconds=${LAS_SCREENSHOT_WAIT:-10}

# shoot NAME LANG ARGS...; a file $work/NAME.ini, if present, is the app's settings.: runs las-review ARGS on its own X server of width×height, waits, grabs the screen.
shoot() {
    local name=$1 lang=$2
    shift 2
    local home=$work/$name
    mkdir -p "$home/config/las-review"
    [[ -f "$work/$name.ini" ]] && cp "$work/$name.ini" "$home/config/las-review/las-review.ini"
    echo "screenshots.sh: $name (LANG=$lang) las-review $*"
    HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache \
    XDG_RUNTIME_DIR=$home/runtime LANG=$lang LC_ALL=$lang LANGUAGE= \
    DBUS_SESSION_BUS_ADDRESS=unix:path=$home/no-bus \
    LAS_REVIEW_EMULATOR=$build/emulator/las-emulator \
        xvfb-run -a -s "-screen 0 ${width}x${height}x24 -dpi 96" \
        bash -c 'mkdir -m 700 -p "$XDG_RUNTIME_DIR"
                 "$0" -geometry '"${width}x${height}"'+0+0 "$@" >"$HOME/app.log" 2>&1 &
                 app=$!
                 sleep '"$wait_seconds"'
                 import -window root "$HOME/shot.png"
                 kill $app; wait $app || true' \
        "$build/app/las-review" "$@"
    convert "$home/shot.png" -strip "$out/$name.png"
    echo "  -> $out/$name.png"
}

shoot main-window en_US.UTF-8 --demo "$invoice"
shoot main-window-nb nb_NO.UTF-8 --demo "$invoice"
# No profile, and the first-start import already offered (a dialog has no frame without a window manager).
printf '[General]\nprofilesImportOffered=true\n' >"$work/no-profile.ini"
shoot no-profile en_US.UTF-8
