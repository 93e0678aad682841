#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with its own unlocked gnome-keyring, so a
# keychain test talks to a real Secret Service without touching (or needing) the user's own.
# Usage: with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

scratch=$(mktemp -d /tmp/saraban-keyring-XXXXXX)
trap 'rm -rf "$scratch"' EXIT
# The keyring daemon keeps its files under $HOME and its socket under $XDG_RUNTIME_DIR.
export HOME=$scratch/home XDG_RUNTIME_DIR=$scratch/run XDG_DATA_HOME=$scratch/home/.local/share
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

exec dbus-run-session -- bash -c '
  set -u
  # --unlock reads the new keyring'"'"'s password from stdin; --foreground keeps its pid ours.
  printf "saraban-test" | gnome-keyring-daemon --unlock --components=secrets --foreground \
      >"$HOME/keyring.log" 2>&1 &
  keyring=$!
  # Wait until the Secret Service is on the bus, or give up with the daemon'"'"'s log.
  for _ in $(seq 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
         org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
         grep -q "boolean true"; then
      break
    fi
    sleep 0.1
  done
  "$@"
  status=$?
  kill "$keyring" 2>/dev/null
  wait "$keyring" 2>/dev/null
  if [ $status -ne 0 ]; then echo "--- gnome-keyring-daemon log:"; cat "$HOME/keyring.log"; fi
  exit $status
' with-keyring "$@"
