#!/usr/bin/env bash
# Load harness (issues 11 and 16): complete citizen submissions from many clients against the Release web app on
# 127.0.0.1, one phase per client count (then the last count again with one client looping on the printed portrait),
# each figure with its ratio to the first phase; a kill -9 of the server in the last submissions-only phase and a
# restart, then a check that every acknowledged submission is stored exactly once. Exits 1 when one is lost or
# duplicated. Options (all optional):
#   --clients 50,200 --seconds 60 (per phase) --kill-at 30 (0: no kill) --warmup 30 (submissions, not counted)
#   --no-print --work DIR --port P --questionnaire FILE
#   --max-submissions N --no-build --provider sqlite|postgres --connection "Host=...;Database=...;..."
#   --rate-limit-env RateLimits__X=Y (repeatable; replaces the defaults) --server-env KEY=VALUE (repeatable)
# Usage: tests/Diagnostic.Benchmarks/load-benchmark.sh --clients 10,20 --seconds 10 --kill-at 5
set -euo pipefail
cd "$(dirname "$0")/../.."
exec dotnet run -c Release --project tests/Diagnostic.Benchmarks -- load "$@"
