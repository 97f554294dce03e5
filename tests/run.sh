#!/usr/bin/env bash
# The README's test command: on a fresh Debian machine, install what the tests need when it is missing,
# then run the whole suite. Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~Health").
set -euo pipefail
cd "$(dirname "$0")/.."

apt_updated=no
# apt-get update runs at most once, and only when something has to be installed.
install_packages() {
  export DEBIAN_FRONTEND=noninteractive
  if [ "$apt_updated" = no ]; then
    apt-get update -qq
    apt_updated=yes
  fi
  apt-get install -y -qq "$@" >/dev/null
}

# Browser tests drive Debian's Chromium; chart tests measure text with DejaVu.
if ! command -v chromium >/dev/null 2>&1; then
  install_packages chromium
fi
if [ ! -d /usr/share/fonts/truetype/dejavu ]; then
  install_packages fonts-dejavu-core
fi

# --- PostgreSQL (later) -------------------------------------------------------------------------
# When the suite also runs against PostgreSQL, install and start Debian's `postgresql` here when it
# is missing (install_packages postgresql; start the cluster; export the test connection string).
# -----------------------------------------------------------------------------------------------

dotnet test Diagnostic.sln "$@"
