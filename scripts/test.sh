#!/usr/bin/env bash
# Installs what is missing, builds everything from scratch and runs every test on the
# offscreen platform: first the Release configuration (warnings are errors), then the whole
# suite again under AddressSanitizer + UndefinedBehaviorSanitizer (README "Reliability").
# GRANTDESK_SKIP_ASAN=1 skips the second pass for a quicker local run.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen

# The sanitizer build runs beside the Release build and tests, at the lowest CPU and I/O
# priority: the Release work keeps the processor whenever it wants it, and the sanitizer
# build takes the time it leaves idle (the Release build waits on its libraries' links and
# precompiled headers, the tests on PostgreSQL, on processes they start and kill, on timers).
# Its output follows the Release tests'.
rm -rf build/test build/asan
cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=Release
asan_build=
if [ "${GRANTDESK_SKIP_ASAN:-0}" != 1 ]; then
  cmake --preset asan
  idle=(nice -n 19)
  if ionice -c 3 true 2>/dev/null; then idle+=(ionice -c 3); fi
  # In a process group of its own (job control), so that a failed Release build, which ends
  # this script, ends the sanitizer build's compilers too. Not in a session of its own
  # (setsid): with the kernel's autogroups a new session gets an equal share of the CPU
  # whatever its nice value, and the Release build then took 1,075 s instead of 676 s.
  set -m
  "${idle[@]}" cmake --build --preset asan -j "$(nproc)" >build/asan-build.log 2>&1 &
  asan_build=$!
  set +m
  trap '[ -n "$asan_build" ] && kill -- "-$asan_build" 2>/dev/null; true' EXIT
fi
cmake --build build/test

release=0
ctest --test-dir build/test --output-on-failure -j "$(nproc)" || release=$?

if [ -n "$asan_build" ]; then
  built=0
  wait "$asan_build" || built=$?
  asan_build=
  cat build/asan-build.log
  [ "$built" = 0 ] || { echo "the sanitizer build failed (exit $built)"; exit "$built"; }
  # Not the checks that read files (label source), nor the store suites' second run on the
  # office server (label engine-repeat): the same code as their first run but for the
  # engine's dialect, which the server's own tests (officeserver, dbcopy, tst_changefeed)
  # run under the sanitizers.
  ctest --preset asan -j "$(nproc)" --label-exclude 'source|engine-repeat'
fi
exit "$release"
