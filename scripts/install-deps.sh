#!/usr/bin/env bash
# Installs the Debian 12 packages hoithao needs to build and test, only those missing.
set -euo pipefail

packages=(
  g++ cmake make pkg-config
  libboost-graph-dev libsqlitecpp-dev libsqlite3-dev sqlite3 libcli11-dev
  libhowardhinnant-date-dev tzdata catch2 libtomlplusplus-dev nlohmann-json3-dev libcsv-dev
  libical-dev libxlsxwriter-dev libicu-dev
  # Clients the export tests read our files back with, and fonts for Lao and Vietnamese.
  python3 python3-icalendar calcurse libreoffice-calc-nogui chromium fonts-lao fonts-noto-core
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
