#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# How far one office server goes (issue 16 item 7, README "How far one server goes"): for each
# size N, the same generated data set in a SQLite file and on a private PostgreSQL started here
# (tests/pgserver/pg_fixture.sh: a Unix socket, no network), `grantdesk-bench --only inbox` on
# both, and the very SQL the store sends for the inbox's screens timed in the engines' own
# shells (sqlite3 and psql), so that what is the engine's and what is GrantDesk's shows. Ends
# with one table: statement x {GrantDesk on SQLite, sqlite3, GrantDesk on PostgreSQL, psql}.
# Not part of ctest.
#
#   scripts/bench-server.sh [N...]        default: 100000 1000000
#   BUILD=build/rel   where grantdesk-bench and grantdesk-cli are (default build/rel)
#   BENCH_DIR=DIR     keep (and reuse) the generated files bench-N.sqlite there
#   RUNS=8            runs of each statement in the shells; the first warms, the median is kept
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD:-build/rel}
bench=$build/tests/benchmarks/grantdesk-bench
cli=$build/app/grantdesk-cli
[ -x "$bench" ] && [ -x "$cli" ] || { echo "build first: $bench, $cli" >&2; exit 1; }
command -v sqlite3 >/dev/null && command -v psql >/dev/null ||
  { echo "needs the sqlite3 and psql shells (apt install sqlite3 postgresql-client)" >&2; exit 1; }
[ $# -gt 0 ] || set -- 100000 1000000
runs=${RUNS:-8}
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
began=$(date +%s)
seconds() { python3 -c "import time; print(f'{time.time() - $1:.1f}')"; }

# The store's SQL (store/store/sql/sqlapplicationstore.cpp: count() and rows(); the search
# conditions of store/store/postgres/pgdialect.cpp and store/store/sqlite/sqlitedialect.cpp),
# with the values GrantDesk binds written in: one 200-row page, latest versions only.
columns="v.app_id, v.version, v.status, v.decision, v.applicant_name, v.applicant_code, \
v.scenario_name, v.domain, v.mode, v.use_class, v.submitted_at, v.deadline, v.resource_count, \
(SELECT COUNT(*) FROM requested_resources r LEFT JOIN register_resources g  ON g.code = \
r.registration_code WHERE r.version_pk = v.pk AND g.code IS NULL), (SELECT COUNT(*) FROM \
requested_resources r JOIN register_resources g  ON g.code = r.registration_code WHERE \
r.version_pk = v.pk  AND g.status = 'cancelled'), (SELECT COUNT(*) FROM application_versions w \
WHERE w.app_id = v.app_id  AND w.version < v.version) < v.version - 1"
newest="v.submitted_at DESC, v.app_id DESC, v.version DESC"
by_applicant="v.applicant_name ASC, v.app_id ASC, v.version ASC"
page() { # WHERE ORDER
  echo "SELECT $columns FROM application_versions v WHERE $1 ORDER BY $2 LIMIT 200 OFFSET 0"
}
count() { echo "SELECT COUNT(*) FROM application_versions v WHERE $1"; }
pg_term() { echo "v.is_latest = 1 AND v.pk IN (SELECT s.version_pk FROM search_bodies s WHERE \
s.body LIKE '%$1%' ESCAPE '\\')"; }
# SQLite: three characters or more go to the trigram table "search", one or two to
# search_grams as the hex of their UTF-8; a search alone is counted in its table.
fts_match() { echo "body : \"$1\" AND latest : \"yes\""; }
gram() { printf '%s' "$1" | od -An -tx1 | tr -d ' \n' | tr a-f A-F; }
sqlite_term() { echo "v.is_latest = 1 AND v.pk IN (SELECT rowid FROM $1 WHERE $1 MATCH \
'$(fts_match "$2")')"; }
sqlite_count() { echo "SELECT COUNT(*) FROM $1 WHERE $1 MATCH '$(fts_match "$2")'"; }
two=物流 four=客流预测
statements=(count first_page sort_applicant search2_count search2_page search4_count search4_page)
declare -A sqlite_sql=(
  [count]=$(count "v.is_latest = 1")
  [first_page]=$(page "v.is_latest = 1" "$newest")
  [sort_applicant]=$(page "v.is_latest = 1" "$by_applicant")
  [search2_count]=$(sqlite_count search_grams "$(gram $two)")
  [search2_page]=$(page "$(sqlite_term search_grams "$(gram $two)")" "$newest")
  [search4_count]=$(sqlite_count search "$four")
  [search4_page]=$(page "$(sqlite_term search "$four")" "$newest")
)
declare -A pg_sql=(
  [count]=$(count "v.is_latest = 1")
  [first_page]=$(page "v.is_latest = 1" "$newest")
  [sort_applicant]=$(page "v.is_latest = 1" "$by_applicant")
  [search2_count]=$(count "$(pg_term $two)")
  [search2_page]=$(page "$(pg_term $two)" "$newest")
  [search4_count]=$(count "$(pg_term $four)")
  [search4_page]=$(page "$(pg_term $four)" "$newest")
)

# The median in ms of the last RUNS-1 of RUNS times printed by a shell (its first run warms).
median_of() { # PATTERN (a regex whose group 1 is the time) SCALE
  python3 -c '
import re, sys
times = [float(m.group(1)) * float(sys.argv[2]) for m in map(re.compile(sys.argv[1]).search, sys.stdin) if m][1:]
times.sort()
print(f"{times[len(times) // 2]:.3f}" if times else "-")' "$1" "$2"
}
sqlite_time() { # FILE SQL: `.timer`'s user + sys (its real time is in whole milliseconds;
  # the file is in the page cache after the first run, so the CPU time is the time)
  { echo ".timer on"; echo ".output /dev/null"; for _ in $(seq "$runs"); do echo "$2;"; done; } |
    sqlite3 "$1" | python3 -c '
import re, sys
for line in sys.stdin:
    m = re.search(r"^Run Time: real [0-9.]+ user ([0-9.]+) sys ([0-9.]+)", line)
    if m:
        print(f"Run Time: {float(m.group(1)) + float(m.group(2)):.6f}")' |
    median_of '^Run Time: ([0-9.]+)' 1000
}
psql_time() { # DATABASE SQL: `\timing`, the round trip over the socket included
  { echo '\o /dev/null'; echo '\timing on'; for _ in $(seq "$runs"); do echo "$2;"; done; } |
    psql -X -q -d "$1" | median_of '^Time: ([0-9.]+) ms' 1
}
grantdesk_times() { sed -n 's/^statement\.\([a-z0-9_]*\) *\([0-9.]*\) ms.*$/\1 \2/p' "$1"; }

declare -A row
for n in "$@"; do
  started=$(date +%s)
  file=$files/bench-$n.sqlite
  db=bench_$n
  locator="postgresql://$PGUSER@/$db?host=$PGHOST&port=$PGPORT"
  echo "=== $n applications (machine: $(nproc) cores, commit $(git rev-parse --short HEAD))"
  # The set is generated once, into the file, through the store as an import stores files;
  # the server gets the same rows with the store's own copy code (`db copy`: one transaction,
  # one prepared statement per table), not application by application over the socket.
  if [ -e "$file" ]; then
    echo "--- reusing $file"
  else
    echo "--- generating $n applications into $file"
    "$bench" --db "$file" --applications "$n" --only generate 2>&1 | grep -v XDG_RUNTIME_DIR
  fi
  # The file first, while the server is idle: its figures stand even if the copy is cut short.
  echo "--- GrantDesk on SQLite ($(du -m "$file" | cut -f1) MB file)"
  "$bench" --db "$file" --applications "$n" --only inbox --text 2>&1 |
    grep -v XDG_RUNTIME_DIR | tee "$work/file.txt"
  while read -r name ms; do row[$n.$name.gd_sqlite]=$ms; done < <(grantdesk_times "$work/file.txt")
  for name in "${statements[@]}"; do
    row[$n.$name.sqlite3]=$(sqlite_time "$file" "${sqlite_sql[$name]}")
    echo "sqlite3 $name ${row[$n.$name.sqlite3]} ms"
  done

  echo "--- moving it to the office server: grantdesk-cli db copy"
  # Collation C, as `grantdesk-cli server init` creates an office's database.
  psql -X -q -c "CREATE DATABASE $db ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8' \
TEMPLATE template0" >/dev/null
  copy_start=$(date +%s.%N)
  "$cli" db copy --from "$file" --to "$locator" 2>&1 | grep -v XDG_RUNTIME_DIR | tail -n 1
  echo "db copy: $(seconds "$copy_start") s"
  psql -X -q -d "$db" -c "VACUUM ANALYZE" >/dev/null # what autovacuum does after a load
  echo "--- GrantDesk on PostgreSQL ($(psql -X -A -t -d "$db" \
    -c "SELECT pg_size_pretty(pg_database_size(current_database()))") database)"
  "$bench" --db "$locator" --applications "$n" --only inbox --text 2>&1 | grep -v XDG_RUNTIME_DIR |
    tee "$work/pg.txt"
  while read -r name ms; do row[$n.$name.gd_pg]=$ms; done < <(grantdesk_times "$work/pg.txt")
  for name in "${statements[@]}"; do
    row[$n.$name.psql]=$(psql_time "$db" "${pg_sql[$name]}")
    echo "psql $name ${row[$n.$name.psql]} ms"
  done
  row[$n.wall]=$(($(date +%s) - started))
  psql -X -q -c "DROP DATABASE $db" >/dev/null
done

echo
echo "=== the inbox's statements, median of $((runs - 1)) runs in ms ($(nproc) cores, commit \
$(git rev-parse --short HEAD), the server on this machine over its Unix socket)"
printf '| %-9s | %-15s | %-19s | %-7s | %-23s | %-7s |\n' N statement "GrantDesk on SQLite" \
  sqlite3 "GrantDesk on PostgreSQL" psql
printf '|%s|%s|%s|%s|%s|%s|\n' ----------- ----------------- --------------------- --------- \
  ------------------------- ---------
for n in "$@"; do
  for name in "${statements[@]}"; do
    printf '| %9s | %-15s | %19s | %7s | %23s | %7s |\n' "$n" "$name" \
      "${row[$n.$name.gd_sqlite]:--}" "${row[$n.$name.sqlite3]:--}" \
      "${row[$n.$name.gd_pg]:--}" "${row[$n.$name.psql]:--}"
  done
done
for n in "$@"; do echo "wall time for $n: ${row[$n.wall]} s"; done
echo "whole run: $(seconds "$began") s"
