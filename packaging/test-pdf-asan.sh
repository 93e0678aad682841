#!/usr/bin/env bash
# The PDF worker and its client under AddressSanitizer and UndefinedBehaviorSanitizer: every
# malformed file of tests/data/pdfs and every signed one goes through saraban-pdf-worker built
# with the sanitizers (tst_pdfworker, tst_pdfsignatures). Poppler and NSS themselves are the
# system's uninstrumented libraries: their bad frees are caught, their bad reads are not.
# Leak checking is off: Poppler, NSS and fontconfig keep caches until exit, and the worker ends
# with _exit() when its client goes away.
#   packaging/test-pdf-asan.sh            (build-asan/, UI off)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SARABAN_ASAN_BUILD_DIR:-$root/build-asan}
flags="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
cmake -S "$root" -B "$build" -DSARABAN_BUILD_UI=OFF -DCMAKE_BUILD_TYPE=Debug \
      -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" >/dev/null
cmake --build "$build" -j"${SARABAN_JOBS:-2}" --target saraban-pdf-worker tst_pdfworker tst_pdfsignatures
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:halt_on_error=1
# AddressSanitizer reserves terabytes of address space: no memory limit for the worker.
export SARABAN_PDF_WORKER_MEMORY_MB=0
export UBSAN_OPTIONS=print_stacktrace=1
ctest --test-dir "$build" --output-on-failure -R '^tst_pdf(worker|signatures)$'
