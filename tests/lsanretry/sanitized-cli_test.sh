#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/common/sanitized-cli.sh: gd_cli takes a command's failure as success only when all it
# wrote to stderr is LeakSanitizer's tracer crash; everything else keeps its status.
set -u
# shellcheck disable=SC1090
. "$1"
work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT
failures=0
cli_bin=$work/cli

fake() { # fake STDERR STATUS: a program that prints "out" on stdout, STDERR on stderr
  printf '#!/bin/sh\necho out\nprintf "%%b\\n" "%s" >&2\nexit %s\n' "$1" "$2" >"$cli_bin"
  chmod +x "$cli_bin"
}
expect() { # name, expected status
  FAKE_ENV=seen gd_cli --db x demo >"$work/out" 2>"$work/err"
  local got=$?
  if [ "$got" -ne "$2" ]; then
    echo "FAIL $1: status $got, expected $2"; cat "$work/out" "$work/err"
    failures=$((failures + 1))
  elif [ "$(cat "$work/out")" != out ]; then
    echo "FAIL $1: stdout is $(cat "$work/out")"; failures=$((failures + 1))
  else
    echo "ok   $1 (status $got)"
  fi
}

crash='Tracer caught signal 11: addr=0x449b8 pc=0x7f2b sp=0x7f2b\n==31015==LeakSanitizer has encountered a fatal error.\n==31015==HINT: For debugging, try setting environment variable LSAN_OPTIONS=verbosity=1:log_threads=1\n==31015==HINT: LeakSanitizer does not work under ptrace (strace, gdb, etc)'
fake "$crash" 1
expect "the tracer's crash alone is taken as success" 0
grep -q '^sanitized-cli: ' "$work/err" || { echo "FAIL: not said"; failures=$((failures + 1)); }
grep -q '^Tracer caught signal' "$work/err" || { echo "FAIL: stderr lost"; failures=$((failures + 1)); }

fake "error: GZ-2026-0001 v3 is not waiting for approval\n$crash" 1
expect "an error message beside the crash keeps the status" 1

fake "==1==ERROR: LeakSanitizer: detected memory leaks\n$crash" 23
expect "a leak report keeps the status" 23

fake "x.cpp:3:5: runtime error: signed integer overflow\n$crash" 1
expect "a UBSan error keeps the status" 1

fake "error: cannot open the database" 2
expect "a failure keeps its status" 2

fake "" 0
expect "a success is a success" 0

printf '#!/bin/sh\necho out\n[ "$FAKE_ENV" = seen ]\n' >"$cli_bin"
expect "assignments before gd_cli reach the program" 0

echo "sanitized-cli: $failures failure(s)"
[ "$failures" -eq 0 ]
