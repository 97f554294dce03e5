#!/usr/bin/env bash
# Portrait page benchmark (issues 4 and 16): a neighbourhood portrait with 100k respondents in 30 neighbourhoods,
# and the bytes on the wire of the neighbourhood page and the printable portrait with their drawings (page-weight.sh).
# Targets: warm p95 < 300 ms; cold (portrait cache empty) < 3 s. Needs wrk (apt-get install -y wrk).
# Usage: tests/Diagnostic.Benchmarks/portrait-page-benchmark.sh [SIZE] [WORK_DIR]
set -euo pipefail
SIZE=${1:-100000}
WORK=${2:-/tmp/diagnostic-bench}
PORT=${PORT:-5099}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
URL="http://127.0.0.1:$PORT"
cd "$ROOT"

DB=$(dotnet run -c Release --project tests/Diagnostic.Benchmarks -- web-db "$SIZE" "$WORK" | tail -1)
echo "database: $DB"
dotnet build -c Release src/Diagnostic.Web -v q -nologo >/dev/null
ConnectionStrings__Diagnostic="Data Source=$DB" Storage__DataDirectory="$WORK/web-data" Demo__Enabled=false \
  PublicBaseUrl="$URL" Logging__LogLevel__Default=Warning ASPNETCORE_URLS="$URL" \
  dotnet run -c Release --no-build --no-launch-profile --project src/Diagnostic.Web >"$WORK/web.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "$URL/" && break; sleep 0.5; done

page() { curl -s -o /dev/null -H "Accept-Encoding: br" -w "%{http_code} %{time_total}s %{size_download}B" "$URL$1"; }
source "$ROOT/tests/Diagnostic.Benchmarks/page-weight.sh"
echo "first request after start (JIT + portrait + charts), Q01:    $(page /portrait/bench/quartier/Q01)"
echo "same page again (warm):                                     $(page /portrait/bench/quartier/Q01)"
echo "another neighbourhood, portrait cached, charts not, Q02:    $(page /portrait/bench/quartier/Q02)"
dotnet run -c Release --no-build --project tests/Diagnostic.Benchmarks -- touch "$DB" >/dev/null
echo "after a new response (cold portrait, warm process), Q03:    $(page /portrait/bench/quartier/Q03)"
dotnet run -c Release --no-build --project tests/Diagnostic.Benchmarks -- touch "$DB" >/dev/null
echo "after a new response, Q01 (cold portrait, charts again):    $(page /portrait/bench/quartier/Q01)"
page /portrait/bench/quartier/Q01 >/dev/null
echo "printable portrait, first request (views of 30 neighbourhoods; drawings on demand): $(page /portrait/bench/imprimer)"
echo "printable portrait, warm:                                   $(page /portrait/bench/imprimer)"
echo "bytes on the wire (Brotli, and uncompressed as the baseline), drawings at the width a browser picks:"
page_weight /portrait/bench/quartier/Q01 360
page_weight /portrait/bench/quartier/Q01 720
page_weight /portrait/bench/imprimer 720
start=$(date +%s%N); page_weight /portrait/bench/quartier/Q04 360 >/dev/null; end=$(date +%s%N)
echo "  Q04 page and its 360 px drawings, cold drawings (first time they are drawn): $(( (end - start) / 1000000 )) ms"
start=$(date +%s%N); page_weight /portrait/bench/quartier/Q04 360 >/dev/null; end=$(date +%s%N)
echo "  the same again, drawings cached:                                        $(( (end - start) / 1000000 )) ms"
echo "warm, wrk 2 threads, 4 connections, 20 s:"
wrk -t2 -c4 -d20s --latency "$URL/portrait/bench/quartier/Q01" | sed 's/^/  /'
