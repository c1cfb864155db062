#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Moving in (issue 16, item 4): `db copy` from a workstation's file to the office server and
# back to a new file keeps every row, the audit chain (verified on both sides) and search;
# it refuses a target that holds data, an existing file and a source whose trail is broken,
# and then keeps nothing.   dbcopy_test.sh GRANTDESK_CLI STATE_FILE
set -uo pipefail
cli_bin=${1:?grantdesk-cli}
# shellcheck disable=SC1091
. "$(dirname "$0")/../common/sanitized-cli.sh"
cli=gd_cli
state=${2:?state file}
# shellcheck disable=SC1090
. "$state"
export PGPASSWORD
work=$(mktemp -d "${TMPDIR:-/tmp}/gd-copy.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_DATA_HOME=$work/home/.local/share XDG_CONFIG_HOME=$work/home/.config
mkdir -p "$HOME"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
server="postgresql://$PGUSER@/copy_$$?host=$PGHOST&port=$PGPORT"
admin() { psql -X -q -t -A -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "${2:-postgres}" -c "$1" 2>&1; }

"$cli" --db "$work/desk.sqlite" demo >/dev/null || fail "demo"
admin "CREATE DATABASE copy_$$" >/dev/null
out=$("$cli" db copy --from "$work/desk.sqlite" --to "$server") || fail "copy to the server: $out"
grep -q "^audit_events: [1-9]" <<<"$out" || fail "no audit events copied: $out"
grep -q "audit trail intact before ([1-9][0-9]* events) and after" <<<"$out" || fail "copy: $out"
out=$("$cli" db copy --from "$server" --to "$work/archive.sqlite") || fail "copy back: $out"
for db in "$work/desk.sqlite" "$server" "$work/archive.sqlite"; do
  "$cli" --db "$db" list --json >"$work/list-$(basename "${db%%\?*}").json" || fail "list $db"
  "$cli" --db "$db" audit verify | head -1 >>"$work/verify.txt" || fail "audit verify $db"
  # A two-character term: the server's trigram index and SQLite's short-term index agree.
  "$cli" --db "$db" list --search 客流 | tail -1 >>"$work/search.txt"
done
cmp -s "$work/list-desk.sqlite.json" "$work/list-archive.sqlite.json" ||
  fail "the archive lists other applications than the desk"
[ "$(sort -u "$work/verify.txt" | wc -l)" = 1 ] || fail "audit differs: $(cat "$work/verify.txt")"
grep -q "intact" "$work/verify.txt" || fail "audit: $(cat "$work/verify.txt")"
[ "$(sort -u "$work/search.txt" | wc -l)" = 1 ] || fail "search differs: $(cat "$work/search.txt")"
grep -q "^[1-9][0-9]* applications" "$work/search.txt" || fail "search: $(cat "$work/search.txt")"

# Refusals, each keeping nothing.
"$cli" db copy --from "$work/desk.sqlite" --to "$server" >/dev/null 2>&1 &&
  fail "copied into a server database that holds data"
"$cli" db copy --from "$server" --to "$work/archive.sqlite" >/dev/null 2>&1 &&
  fail "copied over an existing file"
cp "$work/desk.sqlite" "$work/tampered.sqlite"
sqlite3 "$work/tampered.sqlite" "DROP TRIGGER audit_events_no_update;
  UPDATE audit_events SET actor = 'x' WHERE seq = 2;"
out=$("$cli" db copy --from "$work/tampered.sqlite" --to "$work/copy.sqlite" 2>&1) &&
  fail "copied a broken trail"
grep -q "not intact" <<<"$out" || fail "broken trail: $out"
[ -e "$work/copy.sqlite" ] && fail "a refused copy left $work/copy.sqlite"

admin "DROP DATABASE copy_$$ WITH (FORCE)" >/dev/null
if [ "$failures" -gt 0 ]; then
  echo "db copy: $failures failures"
  exit 1
fi
echo "db copy: file to server to file, every row and the audit chain kept"
