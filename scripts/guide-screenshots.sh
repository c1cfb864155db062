#!/usr/bin/env bash
# Takes the officer's guide's pictures (docs/guide) from the real windows over the demo data
# set, in Chinese and English, on a 1280×800 X screen (Xvfb); then again at 1440×900 into
# build/guide-1440x900 to check that nothing is wider than that screen either. Exit status 1
# when a window does not fit the screen. Usage: scripts/guide-screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
if [ ! -x "$build/tests/guide/grantdesk-guideshots" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
  cmake --build "$build" --target grantdesk-guideshots
fi
shots="$build/tests/guide/grantdesk-guideshots"
status=0
homes=$(mktemp -d)
trap 'rm -rf "$homes"' EXIT
for size in 1280x800 1440x900; do
  for lang in zh_CN en; do
    if [ "$size" = 1280x800 ]; then out="docs/guide/images/$lang"; else out="$build/guide-$size/$lang"; fi
    rm -rf "$out"
    echo "== $lang at $size -> $out"
    home=$(mktemp -d -p "$homes") # a desk of its own: settings, keys and trust store
    HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 ${size}x24" \
      "$shots" --out "$out" --lang "$lang" || status=1
    [ -n "$(ls "$out"/*.png 2>/dev/null)" ] || { echo "no pictures in $out"; exit 1; }
    # 128 colours keep the text sharp at a quarter of the size.
    for png in "$out"/*.png; do convert "$png" -colors 128 "PNG8:$png"; done
  done
done
exit $status
