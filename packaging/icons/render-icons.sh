#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the hicolor PNGs of GrantDesk's icon from its two SVGs: the small drawing (on the
# 16 px grid) for 16–32 px, the full one for 48 px and more. The PNGs are committed, so a
# build needs no SVG renderer; run this after changing an SVG (needs rsvg-convert, Debian
# package librsvg2-bin). tests/packaging checks that every size is there, at its size.
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "render-icons: rsvg-convert is missing (apt install librsvg2-bin)" >&2; exit 1; }
for size in 16 22 24 32 48 64 128 256; do
  source=org.grantdesk.GrantDesk.svg
  [ "$size" -le 32 ] && source=org.grantdesk.GrantDesk-16.svg
  rsvg-convert --width "$size" --height "$size" --output "png/org.grantdesk.GrantDesk-$size.png" "$source"
  echo "render-icons: png/org.grantdesk.GrantDesk-$size.png from $source"
done
