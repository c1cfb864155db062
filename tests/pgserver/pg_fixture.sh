#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A private PostgreSQL server for the tests of the office server (issue 16), started by the
# test run itself: no system service, no TCP port, nothing outside one temporary folder.
#
#   pg_fixture.sh start STATE_FILE   creates a cluster in a fresh folder under $TMPDIR, starts
#                                    it listening only on a Unix socket in that folder, and
#                                    writes the connection settings to STATE_FILE (shell
#                                    assignments: PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE)
#   pg_fixture.sh stop STATE_FILE    stops the server and removes the folder
#
# The server never runs as root: when the tests run as root (CI, the README's command) the
# cluster belongs to the unprivileged user "nobody", in a folder only it (and root) can
# enter. The superuser "grantdesk_admin" logs in with a random password (SCRAM), like an
# office's administrator; the tests create the officers' roles themselves.
set -euo pipefail
action=${1:?start or stop}
state=${2:?state file}

pgbin=${GRANTDESK_PG_BIN:-}
if [ -z "$pgbin" ]; then
  for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/pg_ctl" ] && pgbin=$candidate
  done
fi
[ -n "$pgbin" ] && [ -x "$pgbin/pg_ctl" ] ||
  { echo "pg_fixture: no PostgreSQL server found (apt install postgresql-15)" >&2; exit 1; }

as_owner() { # runs a command as the cluster's owner
  if [ "$(id -u)" = 0 ]; then
    runuser -u nobody -- "$@"
  else
    "$@"
  fi
}

case "$action" in
start)
  if [ -f "$state" ]; then # a run that was killed left its server: stop it first
    "$0" stop "$state" || true
  fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/grantdesk-pg.XXXXXX")
  [ "$(id -u)" = 0 ] && chown nobody:nogroup "$dir"
  chmod 700 "$dir"
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  printf '%s\n' "$password" >"$dir/pwfile"
  [ "$(id -u)" = 0 ] && chown nobody:nogroup "$dir/pwfile"
  chmod 600 "$dir/pwfile"
  as_owner "$pgbin/initdb" --pgdata="$dir/data" --username=grantdesk_admin \
    --pwfile="$dir/pwfile" --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$dir/pwfile"
  port=$((50000 + RANDOM % 10000)) # names the socket file; no TCP port is opened
  mkdir "$dir/socket"
  [ "$(id -u)" = 0 ] && chown nobody:nogroup "$dir/socket"
  # fsync off: nothing here outlives the run, and no test crashes the server itself.
  as_owner "$pgbin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait \
    --options="-c listen_addresses='' -k $dir/socket -p $port -c fsync=off" start \
    >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  (umask 077 && {
    printf 'PGDIR=%q\n' "$dir"
    printf 'PGHOST=%q\nPGPORT=%q\n' "$dir/socket" "$port"
    printf 'PGUSER=grantdesk_admin\nPGPASSWORD=%q\nPGDATABASE=postgres\n' "$password"
  } >"$state")
  echo "pg_fixture: PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on $dir/socket port $port"
  ;;
stop)
  [ -f "$state" ] || exit 0
  # shellcheck disable=SC1090
  . "$state"
  if [ -d "${PGDIR:-}/data" ]; then
    as_owner "$pgbin/pg_ctl" --pgdata="$PGDIR/data" --mode=immediate --wait stop >/dev/null 2>&1 || true
  fi
  case "${PGDIR:-}" in */grantdesk-pg.*) rm -rf "$PGDIR" ;; esac
  rm -f "$state"
  echo "pg_fixture: stopped"
  ;;
*)
  echo "usage: $0 start|stop STATE_FILE" >&2
  exit 2
  ;;
esac
