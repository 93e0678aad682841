#!/usr/bin/env bash
# Refreshes the catalogues from the sources (keeps existing translations, drops obsolete ones).
# Then fill in what is new: tests/check-translations.sh fails while any string is unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate=lupdate
"$lupdate" -no-obsolete -locations none -I . core ui app -ts translations/saraban_lo.ts translations/saraban_en.ts
