#!/usr/bin/env bash
# Installs the system packages the test suite needs (Debian/Ubuntu): PostgreSQL, for the tracker
# store and transcripts tests on PostgreSQL; Chromium, for the browser tests (Playwright drives
# /usr/bin/chromium; it never downloads a browser). Safe to run again; does nothing when they are
# already there.
set -euo pipefail
packages=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || packages+=(postgresql)
[ -x /usr/bin/chromium ] || packages+=(chromium)
[ ${#packages[@]} -eq 0 ] && { echo "System packages: all present."; exit 0; }

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing system packages: ${packages[*]}. Install them with:" >&2
  echo "  sudo apt-get install -y ${packages[*]}" >&2
  exit 1
fi
echo "Installing system packages: ${packages[*]} ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
echo "System packages: installed ${packages[*]}."
