#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Four eyes across two workstations on the office server (issue 16, "done when"): a reviewer
# process and an approver process, connected as different server roles, take a demo case from
# approval to a countersigned package; the reviewer's connection is refused when it tries to
# approve, by GrantDesk and by the server itself (a raw UPDATE through psql); the audit records
# the connection's role. Runs against the private server of the "postgresql" fixture.
#   officeserver_test.sh GRANTDESK_CLI STATE_FILE
set -uo pipefail
cli_bin=${1:?grantdesk-cli}
# shellcheck disable=SC1091
. "$(dirname "$0")/../common/sanitized-cli.sh"
cli=gd_cli
state=${2:?state file}
# shellcheck disable=SC1090
. "$state"
work=$(mktemp -d "${TMPDIR:-/tmp}/gd-office.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_DATA_HOME=$work/home/.local/share XDG_CONFIG_HOME=$work/home/.config
mkdir -p "$HOME"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
db="office_$$"
on() { echo "postgresql://$1@/$db?host=$PGHOST&port=$PGPORT"; }
as() { # as LOGIN PASSWORD ARGS…: one grantdesk-cli process connected as LOGIN
  local login=$1 password=$2
  shift 2
  PGPASSWORD=$password "$cli" --db "$(on "$login")" "$@"
}
psql_as() { PGPASSWORD=$2 psql -X -q -t -A -h "$PGHOST" -p "$PGPORT" -U "$1" -d "$db" -c "$3" 2>&1; }

# The superuser prepares the server; the first administrator adds the two officers.
GRANTDESK_OFFICER_PASSWORD=chief-password-$$ as grantdesk_admin "$PGPASSWORD" server init \
  "chief$$" --name 陈主任 || fail "server init"
for officer in "zhang$$:张敏:reviewer" "wang$$:王立:approver"; do
  IFS=: read -r login name role <<<"$officer"
  GRANTDESK_OFFICER_PASSWORD=$login-password as "chief$$" "chief-password-$$" officers add \
    "$login" --name "$name" --role "$role" || fail "officers add $login"
done
listed=$(as "chief$$" "chief-password-$$" officers list)
grep -q "^zhang$$	张敏	reviewer$" <<<"$listed" || fail "officers list: $listed"
grep -q "^wang$$	王立	approver$" <<<"$listed" || fail "officers list: $listed"
# Login roles are the server's, not one database's: a login made outside GrantDesk (or for
# another database) becomes an officer as it is, keeping its own password; a superuser,
# whom the server's checks do not bind, does not.
psql_as grantdesk_admin "$PGPASSWORD" "CREATE ROLE zhao$$ LOGIN PASSWORD 'zhao$$-password';
  CREATE ROLE boss$$ LOGIN SUPERUSER" >/dev/null
out=$(GRANTDESK_OFFICER_PASSWORD=another-password as "chief$$" "chief-password-$$" officers add \
  "zhao$$" --name 赵静 --role reviewer 2>&1) && fail "a password was set on an existing login: $out"
grep -q -- "--no-password" <<<"$out" || fail "officers add of an existing login: $out"
as "chief$$" "chief-password-$$" officers add "zhao$$" --name 赵静 --role reviewer --no-password \
  >/dev/null || fail "officers add --no-password of an existing login"
member=$(psql_as "zhao$$" "zhao$$-password" "SELECT pg_has_role('grantdesk_reviewer', 'MEMBER')")
[ "$member" = t ] || fail "the adopted login is not a reviewer: $member"
out=$(as "chief$$" "chief-password-$$" officers add "boss$$" --name 管理员 --role approver \
  --no-password 2>&1) && fail "a superuser was made an officer: $out"
grep -q "superuser" <<<"$out" || fail "officers add of a superuser: $out"
# A reviewer may not add officers: the server refuses.
out=$(GRANTDESK_OFFICER_PASSWORD=mallory-password as "zhang$$" "zhang$$-password" officers add \
  "mallory$$" --name 马某 --role approver 2>&1) && fail "a reviewer added an officer: $out"
grep -q "permission denied" <<<"$out" || fail "officers add by a reviewer: $out"

# The demo, loaded by the superuser, files 张敏's reviews under zhang$$.
as grantdesk_admin "$PGPASSWORD" demo >/dev/null || fail "demo"
case=GZ-2026-0122
reviewer=$(psql_as grantdesk_admin "$PGPASSWORD" \
  "SELECT r.reviewer_role FROM reviews r JOIN application_versions v ON v.pk = r.version_pk
   WHERE v.app_id = '$case' AND v.is_latest = 1")
[ "$reviewer" = "zhang$$" ] || fail "the demo's review of $case is filed under '$reviewer'"

# Keys: each officer's own, both trusted on this workstation.
for key in 张敏:zk 王立:wk; do
  GRANTDESK_PASSPHRASE=secret-pass-1 "$cli" keygen --alg sm2 --name "${key%%:*}" --unit 数据局 \
    --out "$work/${key##*:}" >/dev/null || fail "keygen ${key%%:*}"
done
trust=$XDG_DATA_HOME/GrantDesk/grantdesk/trust
mkdir -p "$trust" && cp "$work/zk/cert.pem" "$trust/zk.pem" && cp "$work/wk/cert.pem" "$trust/wk.pem"

# The reviewer's connection tries to approve: GrantDesk refuses, and so does the server.
out=$(GRANTDESK_PASSPHRASE=secret-pass-1 as "zhang$$" "zhang$$-password" approve "$case" --agree \
  --key "$work/zk" 2>&1) && fail "the reviewer approved: $out"
grep -q "approver role" <<<"$out" || fail "approve by the reviewer: $out"
out=$(as "zhang$$" "zhang$$-password" approve "$case" --agree --key "$work/wk" --as 王立 2>&1) &&
  fail "the reviewer approved as 王立: $out"
grep -q "this connection is the officer 张敏" <<<"$out" || fail "approve --as: $out"
out=$(psql_as "zhang$$" "zhang$$-password" "UPDATE application_versions SET status = 'decided',
  decision = 'approved' WHERE app_id = '$case' AND is_latest = 1")
grep -q "GD-ROLE: zhang$$ is not an approver" <<<"$out" || fail "raw UPDATE by the reviewer: $out"
out=$(psql_as "zhang$$" "zhang$$-password" "DELETE FROM audit_events")
grep -q "permission denied" <<<"$out" || fail "the reviewer deleted audit events: $out"

# A kill of either workstation mid-write: each act is one transaction on the server, so a
# process killed after its writes and before its commit leaves the case as it was.
caseState() { # the case's status, and how many events of the action @1 its version 2 has
  psql_as grantdesk_admin "$PGPASSWORD" "SELECT status || ',' || (SELECT count(*) FROM
    audit_events WHERE subject = '$case v2' AND action = '$1') FROM application_versions
    WHERE app_id = '$case' AND is_latest = 1"
}
before=$(caseState case.agree)
GRANTDESK_CRASH_AT=audit.appended GRANTDESK_PASSPHRASE=secret-pass-1 as "wang$$" \
  "wang$$-password" approve "$case" --agree --key "$work/wk" >/dev/null 2>&1
[ $? = 137 ] || fail "the approver was not killed mid-write"
[ "$(caseState case.agree)" = "$before" ] || fail "a killed approve left $(caseState case.agree)"

# The approver agrees, the reviewer signs, the approver countersigns: two processes each.
GRANTDESK_PASSPHRASE=secret-pass-1 as "wang$$" "wang$$-password" approve "$case" --agree \
  --key "$work/wk" || fail "approve by the approver"
before=$(caseState case.sign)
GRANTDESK_CRASH_AT=package.recorded GRANTDESK_PASSPHRASE=secret-pass-1 as "zhang$$" \
  "zhang$$-password" export "$case" --key "$work/zk" --out "$work/case.gdpkg" >/dev/null 2>&1
[ $? = 137 ] || fail "the reviewer was not killed mid-write"
[ "$(caseState case.sign)" = "$before" ] || fail "a killed export left $(caseState case.sign)"
[ ! -e "$work/case.gdpkg" ] || fail "a killed export left a package"
GRANTDESK_PASSPHRASE=secret-pass-1 as "zhang$$" "zhang$$-password" export "$case" \
  --key "$work/zk" --out "$work/case.gdpkg" >/dev/null || fail "export by the reviewer"
GRANTDESK_PASSPHRASE=secret-pass-1 as "wang$$" "wang$$-password" countersign "$work/case.gdpkg" \
  --key "$work/wk" >/dev/null || fail "countersign by the approver"
"$cli" verify --require-approved "$work/case.gdpkg" >/dev/null || fail "verify --require-approved"
status=$(psql_as grantdesk_admin "$PGPASSWORD" \
  "SELECT status FROM application_versions WHERE app_id = '$case' AND is_latest = 1")
[ "$status" = countersigned ] || fail "status after countersigning: $status"
# The audit names the connection's role for each act, whatever the client wrote as actor.
roles=$(psql_as grantdesk_admin "$PGPASSWORD" "SELECT action || '=' || db_role FROM audit_events
  WHERE subject = '$case v2' AND action IN ('case.agree', 'case.sign', 'case.countersign')
  ORDER BY seq")
expected=$(printf 'case.agree=wang%s\ncase.sign=zhang%s\ncase.countersign=wang%s' $$ $$ $$)
[ "$roles" = "$expected" ] || fail "audit roles: $roles"
as "wang$$" "wang$$-password" audit verify >/dev/null || fail "audit verify"

# A race: two approvers agree to one case at the same moment; exactly one of them does.
GRANTDESK_OFFICER_PASSWORD=liu$$-password as "chief$$" "chief-password-$$" officers add \
  "liu$$" --name 刘芳 --role approver >/dev/null || fail "officers add liu$$"
GRANTDESK_PASSPHRASE=secret-pass-1 "$cli" keygen --alg sm2 --name 刘芳 --unit 数据局 \
  --out "$work/lk" >/dev/null || fail "keygen 刘芳"
cp "$work/lk/cert.pem" "$trust/lk.pem"
race=GZH-2026-0064
GRANTDESK_PASSPHRASE=secret-pass-1 as "wang$$" "wang$$-password" approve "$race" --agree \
  --key "$work/wk" >"$work/race1" 2>&1 &
first=$!
GRANTDESK_PASSPHRASE=secret-pass-1 as "liu$$" "liu$$-password" approve "$race" --agree \
  --key "$work/lk" >"$work/race2" 2>&1 &
second=$!
wait $first; rc1=$?
wait $second; rc2=$?
[ $((rc1 + rc2)) = 1 ] || fail "race: exit codes $rc1 and $rc2: $(cat "$work/race1" "$work/race2")"
agreed=$(psql_as grantdesk_admin "$PGPASSWORD" "SELECT count(*) FROM audit_events
  WHERE subject = '$race v1' AND action = 'case.agree'")
[ "$agreed" = 1 ] || fail "race: $agreed agree events"
as "wang$$" "wang$$-password" audit verify >/dev/null || fail "audit verify after the race"

# A kill mid-write: the demo loads in one transaction; killed, the server keeps nothing of it.
admin_db="postgresql://grantdesk_admin@/${db}_kill?host=$PGHOST&port=$PGPORT"
PGPASSWORD=$PGPASSWORD psql -X -q -h "$PGHOST" -p "$PGPORT" -U grantdesk_admin -d postgres \
  -c "CREATE DATABASE ${db}_kill" >/dev/null 2>&1
PGPASSWORD=$PGPASSWORD "$cli" --db "$admin_db" list >/dev/null # the schema, before the kill
PGPASSWORD=$PGPASSWORD "$cli_bin" --db "$admin_db" demo >/dev/null 2>&1 &
loader=$!
sleep 1.5
kill -9 $loader 2>/dev/null || fail "the demo had finished before the kill"
wait $loader 2>/dev/null
left=$(PGPASSWORD=$PGPASSWORD psql -X -q -t -A -h "$PGHOST" -p "$PGPORT" -U grantdesk_admin \
  -d "${db}_kill" -c "SELECT (SELECT count(*) FROM application_versions) + (SELECT count(*)
  FROM audit_events)")
[ "$left" = 0 ] || fail "a killed demo left $left rows"
PGPASSWORD=$PGPASSWORD "$cli" --db "$admin_db" demo >/dev/null || fail "demo after the kill"
PGPASSWORD=$PGPASSWORD "$cli" --db "$admin_db" audit verify >/dev/null ||
  fail "audit verify after the kill"
PGPASSWORD=$PGPASSWORD psql -X -q -h "$PGHOST" -p "$PGPORT" -U grantdesk_admin -d postgres \
  -c "DROP DATABASE ${db}_kill WITH (FORCE)" >/dev/null 2>&1

psql_as grantdesk_admin "$PGPASSWORD" "SELECT 1" >/dev/null
PGPASSWORD=$PGPASSWORD psql -X -q -h "$PGHOST" -p "$PGPORT" -U grantdesk_admin -d postgres \
  -c "DROP DATABASE $db WITH (FORCE)" >/dev/null 2>&1
if [ "$failures" -gt 0 ]; then
  echo "office server: $failures failures"
  exit 1
fi
echo "office server: reviewer and approver on two connections, four eyes enforced by the server"
