#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one test program of the sanitizer build (tests/CMakeLists.txt, GRANTDESK_SANITIZE), and
# runs it again in one case only: every test passed and the program's one failure was
# LeakSanitizer's own stop-the-world tracer crashing at exit ("Tracer caught signal 11" then
# "LeakSanitizer has encountered a fatal error"). That crash is a known, intermittent fault of
# the sanitizer runtime under load (google/sanitizers#1353), not a leak report: in CI it
# failed tst_dbgui once after "Totals: 6 passed, 0 failed", and it did not come back in
# eight runs of the same build; on 2026-12-08 it stopped tst_reviewexport twice in a row
# under ctest -j2 (all 13 tests passed both times) and not once in four runs alone. So the
# program runs at most three times, each further run only after that crash. A leak report,
# an AddressSanitizer or UBSan error, a failed test or any other exit is never run again.
# The last run's result is the test's result.
log=$(mktemp) || exit 2
trap 'rm -f "$log"' EXIT
run=1
while :; do
  "$@" >"$log" 2>&1
  status=$?
  cat "$log"
  [ "$status" -eq 0 ] && exit 0
  [ "$run" -lt 3 ] || exit "$status"
  if grep -q '^Tracer caught signal' "$log" &&
     grep -q 'LeakSanitizer has encountered a fatal error' "$log" &&
     grep -Eq '^Totals: [0-9]+ passed, 0 failed' "$log" &&
     ! grep -Eq 'ERROR: (AddressSanitizer|LeakSanitizer: detected)|runtime error:|^FAIL!' "$log"; then
    echo "lsan-retry: every test passed and LeakSanitizer's tracer crashed at exit" \
         "(the runtime's fault, not a leak report): running $1 once more"
    run=$((run + 1))
    continue
  fi
  exit "$status"
done
