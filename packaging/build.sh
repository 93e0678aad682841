#!/usr/bin/env bash
# Configures and builds Saraban into build/ (or $SARABAN_BUILD_DIR). Extra arguments go to
# cmake's configure step, e.g. -DSARABAN_BUILD_UI=OFF.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SARABAN_BUILD_DIR:-$root/build}
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
# 2 jobs: a g++ compiling Qt code peaks near 500 MB and the reference machine has 2 cores.
cmake --build "$build" -j "${SARABAN_JOBS:-2}"
