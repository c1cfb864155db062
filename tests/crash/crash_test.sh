#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Crash safety (README "Reliability"): kill the review autosave with SIGKILL at random
# moments and check that the database survives with every acknowledged edit in it.
#
#   tests/crash/crash_test.sh CRASHDRIVER GRANTDESK-CLI [COUNT]
#
# Runs CRASHDRIVER (tests/crash/crashdriver.cpp) COUNT times (default 20) on one database
# and kills it after a random 50..CRASH_MAX_MS ms (default 1500; from the start of the
# process, so kills land in start-up, import, opening and the edit stream alike). After
# every kill:
#   1. sqlite3 DB "PRAGMA integrity_check" prints "ok";
#   2. grantdesk-cli --db DB audit verify exits 0 (the whole hash chain is intact);
#   3. every key the driver acknowledged (ACK lines, printed after saved()) holds in the
#      database the value of its last ACK, or a value the driver planned after that ACK
#      (PLAN lines, printed as each edit is made): a save may have committed without its
#      ACK reaching stdout before the kill, but never may an acknowledged value be lost.
# The next run opens the same database: the killed process's QLockFile is stale (its
# process is gone) and is taken over.
# Environment: CRASH_SEED (reproducible runs), CRASH_MAX_MS, CRASH_KEEP=1 (keep the folder).
# Exit status: 0 all passed, 1 a check failed, 2 usage.
set -u

if [ $# -lt 2 ]; then
    echo "usage: $0 CRASHDRIVER GRANTDESK-CLI [COUNT]" >&2
    exit 2
fi
driver=$1
cli_bin=$2
# shellcheck disable=SC1091
. "$(dirname "$0")/../common/sanitized-cli.sh"
cli=gd_cli
count=${3:-20}
max_ms=${CRASH_MAX_MS:-1500}
min_ms=50
[ -n "${CRASH_SEED:-}" ] && RANDOM=$CRASH_SEED

work=$(mktemp -d "${TMPDIR:-/tmp}/grantdesk-crash.XXXXXX")
db=$work/crash.sqlite
cleanup() { [ "${CRASH_KEEP:-0}" = 1 ] && echo "kept $work" || rm -rf "$work"; }
trap cleanup EXIT

export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

have_audit_verify=0
if "$cli" --help 2>/dev/null | grep -q "audit verify"; then
    have_audit_verify=1
else
    echo "note: $cli_bin has no 'audit verify'; checking with sqlite3 that seq is contiguous"
fi

passed=0
kills=0
acks=0
for ((run = 1; run <= count; run++)); do
    out=$work/run-$run.out
    err=$work/run-$run.err
    ms=$((min_ms + RANDOM % (max_ms - min_ms + 1)))
    "$driver" "$db" "$RANDOM$RANDOM" >"$out" 2>"$err" &
    pid=$!
    sleep "$(awk -v m="$ms" 'BEGIN { printf "%.3f", m / 1000 }')"
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    rc=$?
    kills=$((kills + 1))
    problems=()

    if [ "$rc" -ne 137 ]; then
        problems+=("the driver ended by itself (exit $rc): $(head -c 500 "$err")")
    fi
    if grep -q '^FAILED' "$out"; then
        problems+=("a save failed: $(grep -m1 '^FAILED' "$out")")
    fi

    integrity=$(sqlite3 "$db" "PRAGMA integrity_check" 2>&1)
    [ "$integrity" = "ok" ] || problems+=("integrity_check: $integrity")

    if [ "$have_audit_verify" = 1 ]; then
        verify=$("$cli" --db "$db" audit verify 2>&1) || problems+=("audit verify: $verify")
    else
        contiguous=$(sqlite3 "$db" "SELECT COUNT(*) = COALESCE(MAX(seq), 0) AND \
            COALESCE(MIN(seq), 1) = 1 FROM audit_events" 2>&1)
        [ "$contiguous" = 1 ] || problems+=("audit seq not contiguous: $contiguous")
    fi

    if ! "$driver" --dump "$db" >"$work/dump" 2>"$work/dump.err"; then
        problems+=("cannot read the review back: $(cat "$work/dump.err")")
    else
        lost=$(awk '
            FNR == NR {
                if ($1 == "ACK") { ack[$3] = $4; allowed[$3] = "|" $4 "|"; acked++ }
                else if ($1 == "PLAN" && ($3 in ack)) allowed[$3] = allowed[$3] $4 "|"
                next
            }
            $1 == "VALUE" { value[$2] = $3 }
            END {
                for (k in ack) {
                    if (!(k in value)) print "  " k ": acknowledged " ack[k] ", not in the database"
                    else if (index(allowed[k], "|" value[k] "|") == 0)
                        print "  " k ": acknowledged " ack[k] ", database holds " value[k]
                }
                print "acked " acked + 0 > "/dev/stderr"
            }' "$out" "$work/dump" 2>"$work/acks")
        [ -z "$lost" ] || problems+=("acknowledged edits lost:"$'\n'"$lost")
        acks=$((acks + $(awk '{ print $2 }' "$work/acks")))
    fi

    if [ ${#problems[@]} -eq 0 ]; then
        passed=$((passed + 1))
        rm -f "$out" "$err"
    else
        echo "run $run (killed after $ms ms, $(head -1 "$out")):"
        printf '  %s\n' "${problems[@]}"
        CRASH_KEEP=1
    fi
done

events=$(sqlite3 "$db" "SELECT COUNT(*) FROM audit_events" 2>/dev/null)
echo "crash test: $kills kills, $passed passed ($acks acknowledged values checked, $events audit events)"
[ "$passed" -eq "$kills" ]
