#!/usr/bin/env bash
# Bounded answers (loopback only; issue 16 part 2): a copy of data/ plus one generated indicator with ENTITIES × MONTHS
# rows (default 1,000 × 760 = 760,000; the tests' own generator, Dashboard.Tests/Support/LargeIndicatorData.cs, run by
# bench/LargeData), the app started on it (Release, fresh store, rate limits off), then:
#   1. each page, API answer and download of that indicator once (status, bytes, seconds), after one warm-up request;
#   2. ROUNDS rounds of 8 parallel page requests (indicator page and Compare): RSS peak, and RSS 10 s later;
#   3. every row through the API, following Link rel="next" with limit=5000: pages, rows, seconds.
# Report: stdout and bench/out/answers-<timestamp>.md.
#
#   bench/answers.sh
#   ENTITIES=100 MONTHS=120 bench/answers.sh     # a smaller dataset
set -euo pipefail
source "$(dirname "$0")/lib.sh"

need curl curl
ENTITIES=${ENTITIES:-1000}
MONTHS=${MONTHS:-760}
ROUNDS=${ROUNDS:-10}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
REPORT="$OUT_DIR/answers-$STAMP.md"
MACHINE=$(machine_info)
ID=bulk-series

bench_build
dotnet build "$BENCH_DIR/LargeData" -c Release -nologo -v quiet -clp:ErrorsOnly >&2
DATA=$(mktemp -d "${TMPDIR:-/tmp}/geoai-answers-data.XXXXXX")
trap 'app_stop; rm -rf "$DATA"' EXIT
cp -r "$REPO/data/." "$DATA/"
ROWS=$(dotnet "$BENCH_DIR/LargeData/bin/Release/net10.0/LargeData.dll" "$DATA" "$ENTITIES" "$MONTHS" kalkan-firat-2023)
echo "bench: $ROWS rows of $ID written to $DATA" >&2

START=$(date +%s%N)
app_start Logging__LogLevel__Default=Warning Data__DataDirectory="$DATA"
BUILD_S=$(awk -v ns=$(( $(date +%s%N) - START )) 'BEGIN {printf "%.1f", ns / 1e9}')
BASE_RSS=$(app_rss_mb)
echo "bench: app at $APP_URL (pid $APP_PID), store built and answering after $BUILD_S s" >&2

# 1. One request per URL (after a warm-up request to the same URL).
ROWS_1=()
measure() {
  local path=$1
  curl -s -o /dev/null --max-time 120 "$APP_URL$path" || true
  local out
  out=$(curl -s -o /dev/null --max-time 120 -w '%{http_code} %{size_download} %{time_total}' "$APP_URL$path")
  read -r code size seconds <<<"$out"
  ROWS_1+=("| \`$path\` | $code | $(awk -v b="$size" 'BEGIN {printf "%.0f", b / 1024}') | $(awk -v s="$seconds" 'BEGIN {printf "%.2f", s}') | $(app_rss_mb) |")
}
for path in "/indicators/$ID" "/indicators/$ID?page=10" "/compare?indicator=$ID" "/compare?indicator=$ID&entities=CHN,RUS" \
  "/api/observations?indicator=$ID" "/api/observations?indicator=$ID&limit=5000" "/charts/$ID.csv" "/charts/$ID.png" "/sources" "/"; do
  echo "bench: GET $path" >&2
  measure "$path"
done

# 2. 8 parallel page requests, ROUNDS rounds.
CONFIG="$OUT_DIR/answers-pages.curl"
: >"$CONFIG"
for ((i = 0; i < ROUNDS * 4; i++)); do
  printf 'url = "%s"\noutput = "/dev/null"\nurl = "%s"\noutput = "/dev/null"\n' "$APP_URL/indicators/$ID?page=$((i % 9 + 2))" "$APP_URL/compare?indicator=$ID&page=$((i % 9 + 2))" >>"$CONFIG"
done
: >"$OUT_DIR/answers.rss"
(while kill -0 "$APP_PID" 2>/dev/null; do echo "$(app_rss_mb)" >>"$OUT_DIR/answers.rss"; sleep 0.1; done) &
SAMPLER=$!
P_START=$(date +%s%N)
CODES=$(curl -s --no-progress-meter --parallel --parallel-immediate --parallel-max 8 --max-time 300 -w '%{http_code}\n' -K "$CONFIG" || true)
P_S=$(awk -v ns=$(( $(date +%s%N) - P_START )) 'BEGIN {printf "%.1f", ns / 1e9}')
kill "$SAMPLER"; wait "$SAMPLER" 2>/dev/null || true
P_PEAK=$(sort -n "$OUT_DIR/answers.rss" | tail -1)
P_BAD=$(echo "$CODES" | grep -vc '^200$' || true)
sleep 10
P_AFTER=$(app_rss_mb)

# 3. The whole indicator through the API.
W_START=$(date +%s%N)
NEXT="/api/observations?indicator=$ID&limit=5000"
PAGES=0
TOTAL_ROWS=0
while [ -n "$NEXT" ]; do
  BODY=$(curl -sf --max-time 120 "$APP_URL$NEXT")
  COUNT=$(echo "$BODY" | grep -o '"count":[0-9]*' | head -1 | cut -d: -f2)
  TOTAL_ROWS=$((TOTAL_ROWS + COUNT))
  PAGES=$((PAGES + 1))
  NEXT=$(echo "$BODY" | grep -o '"next":"[^"]*"' | cut -d'"' -f4 | sed 's/\\u0026/\&/g' || true)
done
W_S=$(awk -v ns=$(( $(date +%s%N) - W_START )) 'BEGIN {printf "%.1f", ns / 1e9}')
HWM=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$APP_PID/status")

{
  echo "Command: \`bench/answers.sh\` (ENTITIES=$ENTITIES, MONTHS=$MONTHS: $ROWS rows of \`$ID\`; ROUNDS=$ROUNDS)"
  echo
  echo "Machine: $MACHINE; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "App: Release build, $BENCH_CONFIG; Data__DataDirectory = a copy of data/ with the generated indicator. Store built and answering /healthz after $BUILD_S s; RSS then $BASE_RSS MB; peak resident set of the whole run (VmHWM): $HWM MB."
  echo
  echo "| request | status | KB | seconds | RSS after, MB |"
  echo "|---|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS_1[@]}"
  echo
  echo "8 parallel page requests (indicator page and Compare, pages 2–10), $((ROUNDS * 8)) in all: $P_S s, $P_BAD not 200; RSS peak $P_PEAK MB, 10 s later $P_AFTER MB."
  echo
  echo "Every row through the API (limit=5000, following \`next\`): $PAGES pages, $TOTAL_ROWS rows, $W_S s."
} | tee "$REPORT"
echo "bench: report in $REPORT" >&2
