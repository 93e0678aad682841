#!/usr/bin/env bash
# The README's second command (and what .ci/run calls): install what is missing, build, and run
# every test. Two builds, as the layering demands:
#   build-core/  core and its tests with the UI switched off: proves core never needs widgets,
#                and runs every non-UI test (the server tests start their own PostgreSQL)
#   build/       everything; runs the widget tests (offscreen) against a real server
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
started=$(date +%s)
"$root/packaging/install-deps.sh"

echo "== core alone (SARABAN_BUILD_UI=OFF)"
SARABAN_BUILD_DIR=$root/build-core "$root/packaging/build.sh" -DSARABAN_BUILD_UI=OFF
ctest --test-dir "$root/build-core" --output-on-failure --no-tests=error

echo "== with the UI"
SARABAN_BUILD_DIR=$root/build "$root/packaging/build.sh" -DSARABAN_BUILD_UI=ON
ctest --test-dir "$root/build" --output-on-failure --no-tests=error -L ui

echo "== the PDF worker under AddressSanitizer (malformed and signed files)"
SARABAN_ASAN_BUILD_DIR=$root/build-asan "$root/packaging/test-pdf-asan.sh"

echo "== all tests passed in $(( $(date +%s) - started )) s"
