#!/usr/bin/env bash
# Installs what is missing, builds GrantDesk (Release) and starts it on the embedded
# default database. The first start loads the demo data set. Extra arguments go to
# grantdesk, e.g. `scripts/run.sh --lang en` or `scripts/run.sh --db /tmp/try.sqlite`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
cmake --build build/release --target grantdesk grantdesk-cli

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run: no display found; starting GrantDesk on a virtual X server (xvfb-run)."
  exec xvfb-run -a -s "-screen 0 1600x1000x24" build/release/app/grantdesk "$@"
fi
exec build/release/app/grantdesk "$@"
