#!/usr/bin/env bash
# One palette (issue 14 item 4, docs/architecture.md §4): every colour a widget draws comes from
# ui/common (palette.h, statuscolours.*), by what it means. This check lists colour literals
# ("#rrggbb", QColor(0x…), QColor(r, g, b)) in ui/ and app/ outside ui/common.
# Usage: check_colours.sh SOURCE_ROOT. Exit status 0 when none is found, 1 otherwise.
set -uo pipefail
root=${1:?source root}
cd "$root" || exit 2

found=0
while IFS= read -r hit; do
  echo "$hit"
  found=$((found + 1))
done < <(grep -rnE --include='*.cpp' --include='*.h' --include='*.ui' \
           -e '#[0-9a-fA-F]{6}([^0-9A-Za-z_]|$)' \
           -e 'QColor( +[A-Za-z_][A-Za-z0-9_]*)? *[({] *(0x[0-9a-fA-F]+|[0-9]+) *,' \
           ui app 2>/dev/null | grep -v '^ui/common/')

status=0
[ "$found" -eq 0 ] || status=1
echo "colour check: $found colour(s) outside ui/common, status $status"
exit $status
