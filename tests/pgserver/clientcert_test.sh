#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Officers sign in to the office server with a client certificate instead of a password
# (issue 16, item 2): a private server of its own (pg_fixture.sh with GRANTDESK_PG_TLS=1)
# takes, on 127.0.0.1 only, a certificate its authority signed whose CN is the login. An
# officer added with --no-password works through the locator's sslcert/sslkey/sslrootcert;
# no certificate, another officer's certificate, or one from another authority is refused.
#   clientcert_test.sh GRANTDESK_CLI FIXTURE_SCRIPT
set -uo pipefail
cli_bin=${1:?grantdesk-cli}
# shellcheck disable=SC1091
. "$(dirname "$0")/../common/sanitized-cli.sh"
cli=gd_cli
fixture=${2:?pg_fixture.sh}
work=$(mktemp -d "${TMPDIR:-/tmp}/gd-cert.XXXXXX")
state=$work/pg-state.sh
trap 'bash "$fixture" stop "$state" >/dev/null; rm -rf "$work"' EXIT
export HOME=$work/home XDG_DATA_HOME=$work/home/.local/share XDG_CONFIG_HOME=$work/home/.config
mkdir -p "$HOME"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
GRANTDESK_PG_TLS=1 bash "$fixture" start "$state" || { echo "FAIL: no TLS server"; exit 1; }
# shellcheck disable=SC1090
. "$state"
tls=$PGDIR/tls
db="office_cert"
admin="postgresql://grantdesk_admin@/$db?host=$PGHOST&port=$PGPORT"

# Each officer's key and a certificate naming their login, signed by the server's authority.
issue() { # issue LOGIN CA_CERT CA_KEY: $work/LOGIN.crt and .key
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=$1" \
    -keyout "$work/$1.key" -out "$work/$1.csr" 2>/dev/null &&
    openssl x509 -req -in "$work/$1.csr" -CA "$2" -CAkey "$3" -CAcreateserial -days 2 \
      -out "$work/$1.crt" 2>/dev/null && chmod 600 "$work/$1.key"
}
issue zhangmin "$tls/ca.crt" "$tls/ca.key" || fail "issue zhangmin"
issue wangli "$tls/ca.crt" "$tls/ca.key" || fail "issue wangli"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
  -subj "/CN=Another authority" -keyout "$work/other-ca.key" -out "$work/other-ca.crt" 2>/dev/null
mkdir -p "$work/forged" && (cd "$work/forged" && work=$work/forged issue zhangmin \
  "$work/other-ca.crt" "$work/other-ca.key") || fail "issue the forged certificate"
[ -s "$work/forged/zhangmin.crt" ] && ! cmp -s "$work/forged/zhangmin.crt" "$work/zhangmin.crt" ||
  fail "no forged certificate to try"

GRANTDESK_OFFICER_PASSWORD=chief-password-1 PGPASSWORD=$PGPASSWORD "$cli" --db "$admin" \
  server init chief --name 陈主任 || fail "server init"
for officer in zhangmin:张敏:reviewer wangli:王立:approver; do
  IFS=: read -r login name role <<<"$officer"
  PGPASSWORD=$PGPASSWORD "$cli" --db "$admin" officers add "$login" --name "$name" \
    --role "$role" --no-password || fail "officers add $login --no-password"
done
PGPASSWORD=$PGPASSWORD "$cli" --db "$admin" demo || fail "demo"

tcp() { # tcp LOGIN CERT_BASE: the locator over TLS with a client certificate
  echo "postgresql://$1@127.0.0.1:$PGTCPPORT/$db?sslmode=verify-full&sslcert=$2.crt&sslkey=$2.key&sslrootcert=$tls/ca.crt"
}
unset PGPASSWORD
out=$("$cli" --db "$(tcp zhangmin "$work/zhangmin")" list 2>&1) ||
  fail "zhangmin with a certificate: $out"
grep -q "GZ-2026-0122" <<<"$out" || fail "zhangmin's list: $out"
# The server knows who connected: the certificate's login, whatever GrantDesk is told.
who=$("$cli" --db "$(tcp zhangmin "$work/zhangmin")" officers list 2>&1)
grep -q "^zhangmin	张敏	reviewer$" <<<"$who" || fail "officers list over TLS: $who"
out=$("$cli" --db "$(tcp wangli "$work/zhangmin")" list 2>&1) &&
  fail "wangli signed in with zhangmin's certificate: $out"
grep -qi "certificate" <<<"$out" || fail "another officer's certificate: $out"
out=$("$cli" --db "$(tcp zhangmin "$work/forged/zhangmin")" list 2>&1) &&
  fail "a certificate of another authority was taken: $out"
grep -qi "certificate\|ssl\|tls" <<<"$out" || fail "another authority's certificate: $out"
out=$("$cli" --db "postgresql://zhangmin@127.0.0.1:$PGTCPPORT/$db?sslmode=verify-full&sslrootcert=$tls/ca.crt" \
  list 2>&1) && fail "zhangmin signed in with no certificate: $out"

if [ "$failures" -gt 0 ]; then
  echo "client certificates: $failures failures"
  exit 1
fi
echo "client certificates: officers sign in with the server's certificates, others are refused"
