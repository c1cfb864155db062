#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# How far one office server goes (issue 16, README "Office server"): for each size N the same
# generated data set in the embedded SQLite file and, moved with `grantdesk-cli db copy`, on a
# private PostgreSQL started here (tests/pgserver/pg_fixture.sh: a Unix socket, no network);
# `grantdesk-bench --only inbox` on both; and beside GrantDesk's times on the server the
# server's own execution time of the very statements GrantDesk sent (log_min_duration_statement
# = 0), so that what is the engine's and what is GrantDesk's shows. Not part of ctest.
#
#   scripts/bench-server.sh [N...]        default: 100000 1000000
#   BUILD=build/rel   where grantdesk-bench and grantdesk-cli are (default build/rel)
#   BENCH_DIR=DIR     keep (and reuse) the generated files bench-N.sqlite there
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD:-build/rel}
bench=$build/tests/benchmarks/grantdesk-bench
cli=$build/app/grantdesk-cli
[ -x "$bench" ] && [ -x "$cli" ] || { echo "build first: $bench, $cli" >&2; exit 1; }
[ $# -gt 0 ] || set -- 100000 1000000
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d "${TMPDIR:-/tmp}/gd-bench-server.XXXXXX")
files=${BENCH_DIR:-$work}
state=$work/pg-state.sh
trap 'bash tests/pgserver/pg_fixture.sh stop "$state" >/dev/null 2>&1; rm -rf "$work"' EXIT
bash tests/pgserver/pg_fixture.sh start "$state"
set -a
# shellcheck disable=SC1090
. "$state"
set +a
psql -X -q -c "ALTER SYSTEM SET log_min_duration_statement = 0" -c "SELECT pg_reload_conf()" \
  >/dev/null
log=$PGDIR/server.log

# The server's own time for the statements logged after line @1, p50 and p95 in ms: for the
# search statements (they read search_bodies) and for the others (inbox pages and counts).
# Qt's driver sends each query as PREPARE then EXECUTE: a statement's time is both.
server_times() {
  tail -n "+$(($1 + 1))" "$log" | python3 -c '
import re, sys
prepared, rows = {}, {"search": [], "other": []}
for line in sys.stdin:
    m = re.search(r"\[(\d+)\] LOG:  duration: ([0-9.]+) ms  statement: (PREPARE|EXECUTE) (\w+)(.*)", line)
    if not m:
        continue
    pid, ms, verb, name, rest = m.groups()
    if verb == "PREPARE":
        if "application_versions" in rest:
            kind = "search" if "search_bodies" in rest else "other"
            prepared[(pid, name)] = (kind, float(ms))
    elif (pid, name) in prepared:
        kind, planning = prepared.pop((pid, name))
        rows[kind].append(planning + float(ms))
for kind, times in rows.items():
    times.sort()
    if times:
        p = lambda q: times[min(len(times) - 1, int(q * len(times)))]
        print(f"server, {kind} statements (PREPARE + EXECUTE): {len(times)}, "
              f"p50 {p(0.5):.2f} ms, p95 {p(0.95):.2f} ms")
'
}

for n in "$@"; do
  file=$files/bench-$n.sqlite
  locator="postgresql://grantdesk_admin@/bench_$n?host=$PGHOST&port=$PGPORT"
  echo "=== $n applications (machine: $(nproc) cores, commit $(git rev-parse --short HEAD))"
  echo "--- GrantDesk on SQLite ($file)"
  "$bench" --db "$file" --applications "$n" --only inbox | grep -v XDG_RUNTIME_DIR
  echo "--- moving it to the office server"
  psql -X -q -c "CREATE DATABASE bench_$n" >/dev/null
  start=$(date +%s.%N)
  "$cli" db copy --from "$file" --to "$locator" | tail -n 3
  echo "db copy: $(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')") s"
  psql -X -q -d "bench_$n" -c "VACUUM ANALYZE" >/dev/null
  echo "--- GrantDesk on PostgreSQL"
  from=$(wc -l <"$log")
  "$bench" --db "$locator" --applications "$n" --only inbox | grep -v XDG_RUNTIME_DIR
  server_times "$from"
done
