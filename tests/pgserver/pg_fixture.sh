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
# With GRANTDESK_PG_TLS=1 (the client-certificate test only) the server also listens on
# 127.0.0.1, with TLS, and takes a client certificate signed by its own authority as a login
# ("hostssl … cert"): the authority's key and certificate are in $PGDIR/tls (ca.key, ca.crt)
# for the test to sign officers' certificates, and PGTCPPORT names the port.
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
    bash "$0" stop "$state" || true
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
  listen="''"
  tls_options=""
  if [ "${GRANTDESK_PG_TLS:-0}" = 1 ]; then
    tls=$dir/tls
    mkdir "$tls"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
      -subj "/CN=GrantDesk test authority" -keyout "$tls/ca.key" -out "$tls/ca.crt" 2>/dev/null
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
      -subj "/CN=127.0.0.1" -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1\n' >"$tls/san.ext"
    openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" \
      -CAcreateserial -days 2 -extfile "$tls/san.ext" -out "$tls/server.crt" 2>/dev/null
    chmod 600 "$tls/server.key"
    [ "$(id -u)" = 0 ] && chown nobody:nogroup "$tls" "$tls/server.key" "$tls/server.crt" "$tls/ca.crt"
    # A certificate is the login on TCP; the socket keeps the superuser's password.
    { echo "hostssl all all 127.0.0.1/32 cert"; cat "$dir/data/pg_hba.conf"; } >"$dir/hba.new"
    cat "$dir/hba.new" >"$dir/data/pg_hba.conf" && rm -f "$dir/hba.new"
    tcp_port=$((40000 + RANDOM % 10000))
    listen="127.0.0.1"
    tls_options="-c ssl=on -c ssl_cert_file=$tls/server.crt -c ssl_key_file=$tls/server.key \
-c ssl_ca_file=$tls/ca.crt"
  fi
  # fsync off: nothing here outlives the run, and no test crashes the server itself.
  as_owner "$pgbin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait \
    --options="-c listen_addresses=$listen -k $dir/socket -p ${tcp_port:-$port} -c fsync=off $tls_options" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  port=${tcp_port:-$port}
  (umask 077 && {
    printf 'PGDIR=%q\n' "$dir"
    printf 'PGHOST=%q\nPGPORT=%q\n' "$dir/socket" "$port"
    printf 'PGUSER=grantdesk_admin\nPGPASSWORD=%q\nPGDATABASE=postgres\n' "$password"
    if [ -n "${tcp_port:-}" ]; then printf 'PGTCPPORT=%q\n' "$tcp_port"; fi
  } >"$state")
  echo "pg_fixture: PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on $dir/socket port $port"
  ;;
stop)
  [ -f "$state" ] || exit 0
  # shellcheck disable=SC1090
  . "$state"
  if [ -d "${PGDIR:-}/data" ]; then
    postmaster=$(head -n 1 "$PGDIR/data/postmaster.pid" 2>/dev/null || true)
    # An immediate stop takes well under a second; pg_ctl waits up to 60 s by default, which
    # was this test's whole budget in one CI run. After 20 s the server's processes are
    # killed (the folder goes anyway), and what they were doing is shown.
    if ! as_owner "$pgbin/pg_ctl" --pgdata="$PGDIR/data" --mode=immediate --wait --timeout=20 \
        stop >"$PGDIR/stop.log" 2>&1; then
      if [[ "$postmaster" =~ ^[0-9]+$ ]] && kill -0 "$postmaster" 2>/dev/null; then
        echo "pg_fixture: the server (process $postmaster) did not stop in 20 s; killing it" >&2
        cat "$PGDIR/stop.log" >&2
        tail -n 20 "$PGDIR/server.log" >&2 2>/dev/null || true
        for stat in /proc/[0-9]*/stat; do # its children: backends and helpers
          read -r line <"$stat" 2>/dev/null || continue
          read -r run_state parent _ <<<"${line##*) }"
          if [ "$parent" = "$postmaster" ]; then
            child=${stat//[^0-9]/}
            echo "pg_fixture: child $child in state $run_state" >&2
            kill -KILL "$child" 2>/dev/null || true
          fi
        done
        kill -KILL "$postmaster" 2>/dev/null || true
      fi
    fi
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
