#!/usr/bin/env bash
# Renders the main window and every dialog, in Lao and in English, from the demo data, as PNG
# files to look at: packaging/screenshots.sh [OUTDIR] (default build/screenshots).
# A throwaway private server gets the demo province (saraban-admin demo); the screens sign in
# as the demo people themselves (password saraban-demo) and run under Xvfb at 1366x768, the
# screen size of the offices' PCs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SARABAN_BUILD_DIR:-$root/build}
out=${1:-$build/screenshots}
"$root/packaging/install-deps.sh"
"$root/packaging/build.sh"
cmake --build "$build" --target saraban-screenshots -j "$(nproc)"

data=$(mktemp -d /tmp/saraban-screenshots-XXXXXX)
# PostgreSQL runs as the postgres user when we are root: it must reach the cluster below.
chmod 711 "$data"
export SARABAN_DATA_DIR=$data
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_server() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
cleanup() {
  as_server "$pgbin/pg_ctl" stop -D "$data/server/pgdata" -m fast -s >/dev/null 2>&1 || true
  rm -rf "$data"
}
trap cleanup EXIT

"$build/app/saraban-admin" migrate
"$build/app/saraban-admin" demo
# saraban-admin lets go of the private server when it ends; keep it up for the screens.
as_server "$pgbin/pg_ctl" start -D "$data/server/pgdata" -l "$data/server/log/postgresql.log" -w -s

export SARABAN_PDF_WORKER=$build/app/saraban-pdf-worker
export SARABAN_DOCUMENT_WORKER=$build/app/saraban-document-worker
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  XDG_RUNTIME_DIR=$data/runtime
  mkdir -p -m 700 "$XDG_RUNTIME_DIR"
  export XDG_RUNTIME_DIR
fi
mkdir -p "$out"
xvfb-run -a -s "-screen 0 1366x768x24" "$build/tests/screenshots/saraban-screenshots" "$out" \
  "host=$data/server/run port=5432 dbname=saraban user=bounmy password=saraban-demo"
echo "screenshots in $out"
