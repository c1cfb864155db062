#!/usr/bin/env bash
# Installs what is missing, builds everything from scratch and runs every test on the
# offscreen platform: first the Release configuration (warnings are errors), then the whole
# suite again under AddressSanitizer + UndefinedBehaviorSanitizer (README "Reliability").
# GRANTDESK_SKIP_ASAN=1 skips the second pass for a quicker local run.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen

rm -rf build/test
cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build/test
ctest --test-dir build/test --output-on-failure -j "$(nproc)"

if [ "${GRANTDESK_SKIP_ASAN:-0}" != 1 ]; then
  rm -rf build/asan
  cmake --preset asan
  cmake --build --preset asan
  # Not the checks that read files (label source), nor the store suites' second run on the
  # office server (label engine-repeat): the same code as their first run but for the
  # engine's dialect, which the server's own tests (officeserver, dbcopy, tst_changefeed)
  # run under the sanitizers.
  ctest --preset asan -j "$(nproc)" --label-exclude 'source|engine-repeat'
fi
