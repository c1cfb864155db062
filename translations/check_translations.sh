#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Check that a Qt .ts file is completely translated.
#
#   translations/check_translations.sh translations/grantdesk_zh_CN.ts
#
# Fails (exit 1) and prints the offending source strings when a message is
# unfinished, has an empty translation (or an empty plural form), or when a
# translation drops a %1/%n placeholder or a keyboard accelerator (&F) of its
# source. lrelease is run as a cross-check; its .qm goes to a temporary
# directory, so nothing is written into the source tree.
# Exit status: 0 complete, 1 incomplete, 2 usage or tool error.
#
# Environment: LRELEASE (path to lrelease; default: PATH, then /usr/lib/qt6/bin).
set -eu

if [ $# -ne 1 ]; then
    echo "usage: $0 FILE.ts" >&2
    exit 2
fi
ts=$1
if [ ! -r "$ts" ]; then
    echo "$0: cannot read $ts" >&2
    exit 2
fi

lrelease=${LRELEASE:-}
if [ -z "$lrelease" ]; then
    for candidate in lrelease-qt6 lrelease /usr/lib/qt6/bin/lrelease /usr/lib/qt6/libexec/lrelease; do
        if command -v "$candidate" >/dev/null 2>&1; then
            lrelease=$(command -v "$candidate")
            break
        fi
    done
fi
if ! command -v python3 >/dev/null 2>&1; then
    echo "$0: python3 is required" >&2
    exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/check_translations.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

status=0

# 1. Message by message: unfinished, empty, lost placeholders or accelerators.
python3 - "$ts" <<'PY' || status=$?
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
try:
    root = ET.parse(path).getroot()
except (ET.ParseError, OSError) as error:
    print(f"{path}: not a readable .ts file: {error}", file=sys.stderr)
    sys.exit(2)

PLACEHOLDER = re.compile(r"%(?:n|L?[1-9][0-9]?)")


def accelerators(text):
    # "&&" is a literal ampersand; "&x" marks an accelerator.
    return re.findall(r"&(?!&)(\S)", text.replace("&&", ""))


problems = []
messages = 0
for context in root.iter("context"):
    name = context.findtext("name", default="")
    for message in context.iter("message"):
        source = message.findtext("source", default="")
        translation = message.find("translation")
        kind = translation.get("type", "") if translation is not None else "missing"
        if kind in ("obsolete", "vanished"):
            continue  # not shipped; lupdate -no-obsolete removes these
        messages += 1
        if translation is None:
            problems.append((name, source, "no <translation> element"))
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
        else:
            forms = [translation.text or ""]
        if kind == "unfinished":
            problems.append((name, source, "unfinished"))
            continue
        if not forms or any(not f.strip() for f in forms):
            problems.append((name, source, "empty translation"))
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            have = sorted(set(PLACEHOLDER.findall(form)))
            if have != wanted:
                problems.append((name, source,
                                 f"placeholders {wanted} but translation has {have}: {form!r}"))
                break
        if accelerators(source):
            for form in forms:
                if not accelerators(form):
                    problems.append((name, source, f"accelerator lost: {form!r}"))
                    break

for name, source, why in problems:
    print(f"{path}: [{name}] {source!r}: {why}")
if problems:
    print(f"{path}: {len(problems)} of {messages} message(s) need work", file=sys.stderr)
    sys.exit(1)
print(f"{path}: all {messages} message(s) translated")
PY
if [ "$status" -eq 2 ]; then
    exit 2
fi

# 2. Cross-check with lrelease, which is what the build uses.
if [ -n "$lrelease" ]; then
    if ! "$lrelease" "$ts" -qm "$tmp/check.qm" >"$tmp/lrelease.log" 2>&1; then
        cat "$tmp/lrelease.log" >&2
        echo "$0: lrelease failed on $ts" >&2
        exit 2
    fi
    sed -n 's/^ *//p' "$tmp/lrelease.log" | grep -v '^Updating' || true
    unfinished=$(sed -n 's/.*(\([0-9]*\) finished and \([0-9]*\) unfinished).*/\2/p' "$tmp/lrelease.log")
    untranslated=$(sed -n 's/.*Ignored \([0-9]*\) untranslated.*/\1/p' "$tmp/lrelease.log")
    if [ -z "$unfinished" ]; then
        echo "$0: could not read lrelease's summary" >&2
        exit 2
    fi
    if [ "$unfinished" != 0 ] || [ "${untranslated:-0}" != 0 ]; then
        echo "$ts: lrelease reports $unfinished unfinished and ${untranslated:-0} untranslated message(s)" >&2
        status=1
    fi
else
    echo "$0: lrelease not found; set LRELEASE to cross-check (skipped)" >&2
fi

exit "$status"
