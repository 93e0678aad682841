#!/usr/bin/env bash
# The README's first command: install what is missing, build, and start Saraban on its private
# local server. Arguments are passed to saraban (e.g. --lang en).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/install-deps.sh"
"$root/packaging/build.sh"
build=${SARABAN_BUILD_DIR:-$root/build}

# The private server's schema is brought up to date by the client itself; running migrate here
# first reports a problem on the terminal before any window opens.
"$build/app/saraban-admin" migrate
# A new, empty private server gets the demo province (README); one with data is left alone.
"$build/app/saraban-admin" demo --if-empty

# The sign-in dialog opens with a demo clerk filled in (password saraban-demo, see README),
# unless the arguments say who signs in.
case " $* " in
  *" --user "*|*" --user="*|*" --owner "*) ;;
  *) set -- --user somphone "$@" ;;
esac

# Without a display (a fresh server, a CI box), run on a virtual one, with the private runtime
# directory a desktop session would have given.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    XDG_RUNTIME_DIR=$(mktemp -d /tmp/saraban-runtime-XXXXXX)
    export XDG_RUNTIME_DIR
  fi
  exec xvfb-run -a -s "-screen 0 1366x768x24" "$build/app/saraban" "$@"
fi
exec "$build/app/saraban" "$@"
