#!/usr/bin/env bash
# The layer rules: core never includes widgets or ui/, third-party libraries stay in their
# rooms, and the given binaries (built with the UI off) do not link Qt Widgets or Gui.
# Usage: check-layers.sh [BINARY...]
set -euo pipefail
cd "$(dirname "$0")/../.."
status=0
fail() { echo "check-layers: $*"; status=1; }
# core/pdf/engine is the PDF worker's engine (saraban_pdfengine, linked by saraban-pdf-worker
# alone): Poppler hands it QImage, so Qt Gui is allowed there; widgets are not.
hits=$(grep -rlE '#include *[<"](QtWidgets|QtGui|QWidget|QApplication|QGuiApplication|QDialog|QMainWindow|QFont|QPixmap|QImage)[>"/]|#include *"ui/' core | grep -v '^core/pdf/engine/' || true)
[ -z "$hits" ] || fail "core includes GUI headers: $hits"
hits=$(grep -rlE '#include *[<"](QtWidgets|QWidget|QApplication|QDialog|QMainWindow)[>"/]|#include *"ui/' core/pdf/engine 2>/dev/null || true)
[ -z "$hits" ] || fail "the PDF engine includes widgets: $hits"
hits=$(grep -rlE '#include *[<"]poppler' --include='*.h' --include='*.cpp' core ui app | grep -v '^core/pdf/' || true)
[ -z "$hits" ] || fail "Poppler outside core/pdf: $hits"
hits=$(grep -rlE '#include *[<"]qt6keychain' --include='*.h' --include='*.cpp' core ui app | grep -v '^core/secrets/' || true)
[ -z "$hits" ] || fail "QtKeychain outside core/secrets: $hits"
hits=$(grep -rlE '#include *[<"]unicode/' --include='*.h' --include='*.cpp' core ui app | grep -v '^core/text/' || true)
[ -z "$hits" ] || fail "ICU outside core/text: $hits"
hits=$(grep -rlE 'QSqlQuery|QSqlDatabase' ui app || true)
[ -z "$hits" ] || fail "SQL in ui/ or app/: $hits"
for binary in "$@"; do
  if ldd "$binary" | grep -E 'libQt6(Widgets|Gui)'; then
    fail "$binary links Qt Widgets or Gui"
  fi
done
[ $status -eq 0 ] && echo "check-layers: core, ui and app keep to their layers ($# binaries checked)"
exit $status
