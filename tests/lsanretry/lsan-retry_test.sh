#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/common/lsan-retry.sh runs a program again only after the sanitizer runtime's own
# tracer crash with every test passed; everything else keeps its first result.
set -u
retry="$1"
work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT
failures=0

# A fake test program: prints @1 and exits with @2 on its first @3 runs (one by default),
# passes on later ones.
fake() {
  cat > "$work/prog" <<PROG
#!/bin/sh
runs=\$(cat "$work/runs" 2>/dev/null || echo 0)
echo \$((runs + 1)) > "$work/runs"
if [ "\$runs" -ge ${3:-1} ]; then echo "Totals: 3 passed, 0 failed"; exit 0; fi
printf '%b\n' "$1"
exit $2
PROG
  chmod +x "$work/prog"
  rm -f "$work/runs"
}

expect() { # name, expected status
  sh "$retry" "$work/prog" > "$work/out" 2>&1
  got=$?
  if [ "$got" -ne "$2" ]; then
    echo "FAIL $1: status $got, expected $2"; cat "$work/out"; failures=$((failures + 1))
  else
    echo "ok   $1 (status $got)"
  fi
}

crash='Tracer caught signal 11: addr=0x2eaa0 pc=0x7f0 sp=0x7f0\n==9640==LeakSanitizer has encountered a fatal error.'
fake "Totals: 6 passed, 0 failed\n$crash" 1
expect "tracer crash after a clean run is run again" 0
grep -q '^lsan-retry: ' "$work/out" || { echo "FAIL: the second run is not said"; failures=$((failures + 1)); }

fake "Totals: 6 passed, 0 failed\n$crash" 1 2
expect "two tracer crashes in a row: a third run" 0
[ "$(cat "$work/runs")" -eq 3 ] || { echo "FAIL: not three runs"; failures=$((failures + 1)); }

fake "Totals: 6 passed, 0 failed\n$crash" 1 3
expect "three tracer crashes: the third run's status" 1
[ "$(cat "$work/runs")" -eq 3 ] || { echo "FAIL: more than three runs"; failures=$((failures + 1)); }

fake "FAIL!  : T::f() 'x' returned FALSE.\nTotals: 5 passed, 1 failed\n$crash" 1
expect "a failed test is not run again" 1

fake "Totals: 6 passed, 0 failed\n==1==ERROR: LeakSanitizer: detected memory leaks\n$crash" 23
expect "a leak report is not run again" 23

fake "Totals: 6 passed, 0 failed\nx.cpp:3:5: runtime error: signed integer overflow\n$crash" 1
expect "a UBSan error is not run again" 1

fake "PASS   : T::f()\n$crash" 1
expect "a run that did not finish its tests is not run again" 1

fake "Totals: 6 passed, 0 failed" 1
expect "another failure is not run again" 1

fake "Totals: 6 passed, 0 failed" 0
expect "a pass is a pass" 0

echo "lsan-retry: $failures failure(s)"
[ "$failures" -eq 0 ]
