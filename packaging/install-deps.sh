#!/usr/bin/env bash
# Installs what Saraban needs to build, run and test on Debian 12 (bookworm).
# Idempotent: when every package is present it only checks and returns in well under a second.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake pkg-config clang-format
  # Qt 6.4: widgets, SQL with its PostgreSQL driver, tests, translations tools
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  libqt6sql6-psql libqt6sql6-sqlite libqt6svg6
  # PDF (Poppler), signatures (NSS tools), the keychain (QtKeychain needs libsecret at run time)
  libpoppler-qt6-dev poppler-utils libnss3-dev libnss3-tools openssl
  qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-daemon
  # the database: server and client library, Lao-aware text (ICU)
  postgresql postgresql-contrib libpq-dev libicu-dev
  # headless display for widget tests and screenshots, and the Lao fonts
  xvfb xauth fonts-noto-core fonts-lao
)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are present"
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"

# Debian's postgresql package creates and starts a system cluster on port 5432 where a service
# manager runs. Saraban never uses it: it runs its own private cluster on a Unix socket.
echo "install-deps: done"
