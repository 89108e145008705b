#!/usr/bin/env bash
# Page weight (loopback only): bytes transferred when Chromium loads the home and TOP500 pages (and any PATHS given),
# at 1366×768 and 390×844, fresh cache each time (bench/PageWeight). Release build, fresh store, as shipped.
#
#   bench/page-weight.sh
#   PATHS="/ /indicators/top500-systems /compare" bench/page-weight.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"

need curl curl
PATHS=${PATHS:-"/ /indicators/top500-systems"}
FILES=${FILES:-"/charts/top500-systems.points.json /charts/top500-systems.csv /charts/top500-systems.svg"}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
REPORT="$OUT_DIR/page-weight-$STAMP.md"
MACHINE=$(machine_info)

bench_build
dotnet build "$BENCH_DIR/PageWeight" -c Release -nologo -v quiet -clp:ErrorsOnly >&2
trap app_stop EXIT
app_start

{
  echo "# Page weight"
  echo
  echo "$MACHINE"
  echo
  echo "Configuration: $BENCH_CONFIG"
  echo
  # shellcheck disable=SC2086
  dotnet "$BENCH_DIR/PageWeight/bin/Release/net10.0/PageWeight.dll" "$APP_URL" $PATHS
  echo
  echo "Each document alone, by curl (bytes on the wire / decoded):"
  echo
  for p in $PATHS $FILES; do
    for enc in identity gzip br; do
      size=$(curl -s -o /dev/null -H "Accept-Encoding: $enc" -w '%{size_download}' "$APP_URL$p")
      echo "- \`$p\` Accept-Encoding: $enc → $size bytes"
    done
  done
} | tee "$REPORT"
echo "bench: report in $REPORT" >&2
