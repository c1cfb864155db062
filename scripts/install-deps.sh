#!/usr/bin/env bash
# Installs the Debian 12 packages GrantDesk needs to build, run and test, if any are missing.
# Run as root (or with sudo). Safe to run again: it does nothing when everything is there.
set -euo pipefail

packages=(
  build-essential cmake ninja-build file pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libspdlog-dev libssl-dev openssl libzip-dev libsqlite3-dev
  xvfb xauth fonts-noto-cjk fonts-wqy-microhei fonts-dejavu-core poppler-utils imagemagick
  zip unzip sqlite3 clang-format postgresql-15 libqt6sql6-psql xdotool
  python3 groff-base man-db appstream desktop-file-utils shared-mime-info
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are installed"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
