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

# Every dotnet test run's output also goes to a log, so the last line can count all of them together.
summary=$(mktemp)
trap 'rm -f $summary' EXIT # a mktemp path has no space; postgres.sh chains this trap
run_tests() { dotnet test "$@" | tee -a "$summary"; }

# The whole suite on the embedded SQLite database.
run_tests Diagnostic.sln "$@"

# The HTTP suite again on a real PostgreSQL server: a throw-away cluster on 127.0.0.1 (postgres.sh installs
# Debian's postgresql when missing and stops the cluster when this script exits). DIAGNOSTIC_SKIP_POSTGRES=1
# skips this pass for a quick local run; CI never sets it.
if [ "${DIAGNOSTIC_SKIP_POSTGRES:-}" != 1 ]; then
  # shellcheck source=postgres.sh
  source tests/postgres.sh
  DIAGNOSTIC_TEST_POSTGRES="$DIAGNOSTIC_TEST_POSTGRES" run_tests tests/Diagnostic.Web.Tests --no-build "$@"
fi

# One closing line for every pass (dotnet test prints one per test project and pass).
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i + 1); if ($i == "Failed:") f += $(i + 1) } }
     END { printf "%d passed, %d failed\n", p, f }' "$summary"
