#!/usr/bin/env bash
# Bytes on the wire and build time of a portrait page and the drawings it loads at one width (issue 16: neighbourhood
# page <= 150 KB, printable portrait <= 1 MB). Sourced by portrait-page-benchmark.sh, which starts the app; usable alone:
#   URL=http://127.0.0.1:5099 tests/Diagnostic.Benchmarks/page-weight.sh /portrait/bench/quartier/Q01 360
# Prints the page with Brotli (what a browser gets) and without compression (the baseline, same run), then the
# drawings its <picture> offers for that width, each fetched once.
set -euo pipefail
URL=${URL:-http://127.0.0.1:5099}

# bytes ENCODING PATH -> size of the body as sent
bytes() { curl -s -o /dev/null -H "Accept-Encoding: $1" -w "%{size_download}" "$URL$2"; }

page_weight() {
  local path=$1 width=$2 html charts page_br page_raw charts_br=0 charts_raw=0 count=0
  html=$(mktemp)
  curl -s -o "$html" "$URL$path"
  page_br=$(bytes br "$path"); page_raw=$(bytes identity "$path")
  # The drawing for this width: the <img> src at 360, the <source> srcset at 540 and 720 (a chart narrower than its
  # minimum offers only wider drawings; its first one is taken).
  charts=$(grep -oE "(src|srcset)=\"[^\"]*\.svg[^\"]*\"" "$html" | sed -E 's/^(src|srcset)="//; s/"$//; s/&amp;/\&/g' \
    | awk -v w="$width" '{ key=$0; sub(/[?&](largeur|width)=[0-9]+/, "", key); if (index($0, "="w) && !(key in seen)) { seen[key]=1; print } }')
  for chart in $charts; do
    charts_br=$((charts_br + $(bytes br "$chart"))); charts_raw=$((charts_raw + $(bytes identity "$chart"))); count=$((count + 1))
  done
  rm -f "$html"
  printf '  %-40s page %7d B (uncompressed %8d B)  + %3d drawings at %d px %8d B (uncompressed %8d B)  = %8d B on the wire (uncompressed %8d B)\n' \
    "$path" "$page_br" "$page_raw" "$count" "$width" "$charts_br" "$charts_raw" $((page_br + charts_br)) $((page_raw + charts_raw))
}

if [[ $# -ge 2 ]]; then page_weight "$1" "$2"; fi
