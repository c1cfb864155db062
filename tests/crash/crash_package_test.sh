#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Crash safety of export, countersign --db and demo (issue 9, item 5): kill each at many
# instants and check that the database and the package agree after the next start.
#
#   tests/crash/crash_package_test.sh GRANTDESK-CLI [COUNT]
#
# Each of COUNT rounds (default 12) runs three kills, cycling the way it is killed: at an
# injected kill point (GRANTDESK_CRASH_AT: package.recorded, package.committed,
# package.renamed; demo.imported) or with SIGKILL after a random delay. After each kill the
# database is opened again (`list`, which completes an interrupted package) and checked:
#   export:      either no package and the case still "decided" with no case.sign event,
#                or a package that verifies and the case "signed" with its case.sign event;
#   countersign: either the package as it was (one signature) and the case "signed", or a
#                countersigned package that verifies and the case "countersigned" with its
#                case.countersign event;
#   demo:        either nothing loaded or everything; a second demo then loads it all.
# Always: integrity_check ok and `audit verify` exit 0.
# Environment: CRASH_SEED, CRASH_KEEP=1, CRASH_MODES=points (no random delays).
# Exit status: 0 all passed, 1 a check failed.
set -u
[ $# -ge 1 ] || { echo "usage: $0 GRANTDESK-CLI [COUNT]" >&2; exit 2; }
cli_bin=$1
# shellcheck disable=SC1091
. "$(dirname "$0")/../common/sanitized-cli.sh"
cli=gd_cli
count=${2:-12}
[ -n "${CRASH_SEED:-}" ] && RANDOM=$CRASH_SEED
work=$(mktemp -d "${TMPDIR:-/tmp}/grantdesk-crashpkg.XXXXXX")
cleanup() { [ "${CRASH_KEEP:-0}" = 1 ] && echo "kept $work" || rm -rf "$work"; }
trap cleanup EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} GRANTDESK_PASSPHRASE=crash-test-pass
unset GRANTDESK_LANG
failed=0

fail() { echo "  $*"; failed=$((failed + 1)); CRASH_KEEP=1; }
q() { sqlite3 "$1" "$2" 2>&1; }

# The reference: a full demo, keys for its reviewer and approver, a decided case.
ref=$work/ref.sqlite
"$cli" --db "$ref" demo >/dev/null || { echo "cannot load the demo"; exit 1; }
full_apps=$(q "$ref" "SELECT COUNT(*) FROM application_versions")
full_events=$(q "$ref" "SELECT COUNT(*) FROM audit_events")
"$cli" keygen --alg ed25519 --name 张敏 --out "$work/reviewer" >/dev/null &&
    "$cli" keygen --alg ed25519 --name 王立 --out "$work/approver" >/dev/null ||
    { echo "keygen failed"; exit 1; }
row=$(q "$ref" "SELECT app_id || ' ' || version FROM application_versions WHERE is_latest = 1 \
    AND status = 'decided' AND decision <> 'returned' ORDER BY app_id LIMIT 1")
id=${row% *}; version=${row#* }
[ -n "$id" ] || { echo "the demo has no decided case"; exit 1; }
subject="$id v$version"
# The countersign reference: the same database with the case exported (signed).
signed_db=$work/signed.sqlite
cp "$ref" "$signed_db"
"$cli" --db "$signed_db" export "$id" --version "$version" --key "$work/reviewer" \
    --out "$work/signed.gdpkg" >/dev/null || { echo "reference export failed"; exit 1; }

status_of() { q "$1" "SELECT status FROM application_versions WHERE app_id = '$id' AND version = $version"; }
events_of() { q "$1" "SELECT COUNT(*) FROM audit_events WHERE subject = '$subject' AND action = '$2'"; }

# run_killed MODE POINT CMD...: runs CMD killed at POINT (MODE point) or after POINT ms.
run_killed() {
    local mode=$1 point=$2; shift 2
    if [ "$mode" = point ]; then
        GRANTDESK_CRASH_AT=$point "$@" >"$work/out" 2>&1
        echo $?
    else
        "$@" >"$work/out" 2>&1 &
        local pid=$!
        sleep "$(awk -v m="$point" 'BEGIN { printf "%.3f", m / 1000 }')"
        kill -KILL "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        echo $?
    fi
}

common_checks() {
    local db=$1
    [ "$(q "$db" "PRAGMA integrity_check")" = ok ] || fail "integrity_check failed"
    "$cli" --db "$db" audit verify >/dev/null 2>&1 || fail "audit verify: $("$cli" --db "$db" audit verify 2>&1)"
}

declare -A outcome
tally() { outcome[$1]=$((${outcome[$1]:-0} + 1)); }
export_points=(package.recorded package.committed package.renamed)
demo_points=(demo.imported)
kills=0
for ((round = 1; round <= count; round++)); do
    # Alternate injected points with random delays (which land anywhere in the command);
    # CRASH_MODES=points: the injected points only, each in turn.
    if [ "${CRASH_MODES:-both}" = points ]; then
        mode=point; pick=$(((round - 1) % 3))
    elif ((round % 2)); then
        mode=point; pick=$((round / 2 % 3))
    else
        mode=delay; pick=0
    fi

    # --- export
    db=$work/e.sqlite; pkg=$work/e.gdpkg; rm -f "$db" "$db"-* "$pkg"; cp "$ref" "$db"
    point=${export_points[$pick]}; [ $mode = delay ] && point=$((20 + RANDOM % 600))
    rc=$(run_killed $mode "$point" "$cli_bin" --db "$db" export "$id" --version "$version" \
        --key "$work/reviewer" --out "$pkg")
    kills=$((kills + 1))
    "$cli" --db "$db" list >/dev/null 2>&1 || fail "export round $round: cannot reopen"
    st=$(status_of "$db"); ev=$(events_of "$db" case.sign)
    if [ -f "$pkg" ]; then
        "$cli" verify "$pkg" >/dev/null 2>&1 || fail "export round $round ($mode $point): package does not verify"
        [ "$st" = signed ] && [ "$ev" = 1 ] || fail "export round $round ($mode $point, rc $rc): package but case $st, $ev sign events"
        tally "export: package + signed"
    else
        [ "$st" = decided ] && [ "$ev" = 0 ] || fail "export round $round ($mode $point, rc $rc): no package but case $st, $ev sign events"
        tally "export: nothing"
    fi
    [ "$(q "$db" "SELECT COUNT(*) FROM pending_files")" = 0 ] || fail "export round $round: pending file left"
    common_checks "$db"

    # --- countersign --db
    db=$work/c.sqlite; pkg=$work/c.gdpkg; rm -f "$db" "$db"-*; cp "$signed_db" "$db"; cp "$work/signed.gdpkg" "$pkg"
    point=${export_points[$pick]}; [ $mode = delay ] && point=$((20 + RANDOM % 600))
    rc=$(run_killed $mode "$point" "$cli_bin" --db "$db" countersign "$pkg" --key "$work/approver")
    kills=$((kills + 1))
    "$cli" --db "$db" list >/dev/null 2>&1 || fail "countersign round $round: cannot reopen"
    st=$(status_of "$db"); ev=$(events_of "$db" case.countersign)
    "$cli" verify "$pkg" >/dev/null 2>&1 || fail "countersign round $round ($mode $point): package does not verify"
    if cmp -s "$pkg" "$work/signed.gdpkg"; then
        [ "$st" = signed ] && [ "$ev" = 0 ] || fail "countersign round $round ($mode $point, rc $rc): package unchanged but case $st, $ev countersign events"
        tally "countersign: nothing"
    else
        [ "$st" = countersigned ] && [ "$ev" = 1 ] || fail "countersign round $round ($mode $point, rc $rc): countersigned package but case $st, $ev countersign events"
        tally "countersign: package + countersigned"
    fi
    common_checks "$db"

    # --- demo
    db=$work/d.sqlite; rm -f "$db" "$db"-*
    point=demo.imported; [ $mode = delay ] && point=$((20 + RANDOM % 1500))
    rc=$(run_killed $mode "$point" "$cli_bin" --db "$db" demo)
    kills=$((kills + 1))
    apps=$(q "$db" "SELECT COUNT(*) FROM application_versions" 2>/dev/null)
    events=$(q "$db" "SELECT COUNT(*) FROM audit_events" 2>/dev/null)
    case "$apps/$events" in
        "$full_apps/$full_events") tally "demo: all loaded" ;;
        0/0 | /* | *no\ such\ table*) tally "demo: nothing loaded" ;;
        *) fail "demo round $round ($mode $point, rc $rc): half loaded: $apps versions, $events events" ;;
    esac
    "$cli" --db "$db" demo >/dev/null 2>&1 || fail "demo round $round: the second demo failed"
    [ "$(q "$db" "SELECT COUNT(*) FROM application_versions")" = "$full_apps" ] &&
        [ "$(q "$db" "SELECT COUNT(*) FROM audit_events")" = "$full_events" ] ||
        fail "demo round $round: the second demo did not load everything"
    common_checks "$db"
done

summary=""
for key in "${!outcome[@]}"; do summary+="${summary:+, }$key ${outcome[$key]}"; done
echo "package crash test: $count rounds, $kills kills, $failed failures ($summary)"
[ "$failed" -eq 0 ]
