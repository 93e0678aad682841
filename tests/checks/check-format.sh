#!/usr/bin/env bash
# Every C++ file is formatted with the checked-in .clang-format.
set -euo pipefail
cd "$(dirname "$0")/../.."
mapfile -t files < <(git ls-files -co --exclude-standard -- '*.h' '*.cpp' | grep -v '^build')
[ ${#files[@]} -gt 0 ] || { echo "check-format: no C++ files found"; exit 1; }
clang-format --dry-run --Werror "${files[@]}"
echo "check-format: ${#files[@]} files formatted"
