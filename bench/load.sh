#!/usr/bin/env bash
# Load test (loopback only), bounded in time AND count: 60 s of mixed traffic from wrk (bench/lua/mixed.lua: pages,
# cached charts, chart renders that miss the cache, CSV, the JSON API, and a few requests that must be refused), at
# most MAX_REQUESTS requests, against a freshly started Release build (rate limits off). Samples the app's RSS every
# 5 s. Passes only with zero 5xx, zero socket errors (connect/read/write/timeout), some 4xx from the refused requests,
# and RSS after the warm-up (first 15 s) growing by no more than 10 % to the end.
#
#   bench/load.sh
#   DURATION=30s MAX_REQUESTS=200000 bench/load.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"

need wrk wrk
need curl curl
DURATION=${DURATION:-60s}
MAX_REQUESTS=${MAX_REQUESTS:-2000000}
CONNECTIONS=${CONNECTIONS:-16}
WARMUP_S=15
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
REPORT="$OUT_DIR/load-$STAMP.md"
RAW="$OUT_DIR/load-$STAMP-wrk.txt"
MACHINE=$(machine_info)

bench_build
SAMPLER_PID=""
cleanup() {
  if [ -n "$SAMPLER_PID" ]; then kill "$SAMPLER_PID" 2>/dev/null || true; fi
  app_stop
}
trap cleanup EXIT
app_start
echo "bench: app at $APP_URL (pid $APP_PID)" >&2

SAMPLES="$OUT_DIR/load-$STAMP-rss.txt"
(
  t=0
  while kill -0 "$APP_PID" 2>/dev/null; do
    echo "$t $(app_rss_mb)"
    sleep 5
    t=$((t + 5))
  done
) >"$SAMPLES" &
SAMPLER_PID=$!

echo "bench: wrk -t1 -c$CONNECTIONS -d$DURATION -s mixed.lua (at most $MAX_REQUESTS requests)" >&2
# timeout: a second bound, should wrk itself ever hang.
timeout 120 wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency --timeout 10s -s "$BENCH_DIR/lua/mixed.lua" "$APP_URL" -- "$MAX_REQUESTS" >"$RAW" 2>&1
sleep 1
kill "$SAMPLER_PID" 2>/dev/null || true
wait "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=""

status() { awk -v c="$1" '$1 == "status" && $2 == c {print $3}' "$RAW"; }
S2=$(status 2xx); S3=$(status 3xx); S4=$(status 4xx); S5=$(status 5xx)
SOCKET=$(wrk_field "$RAW" socket)
RPS=$(wrk_field "$RAW" rps)
TOTAL=$(wrk_field "$RAW" requests)
# RSS at the end of the warm-up, and the largest after it.
BASE=$(awk -v w="$WARMUP_S" '$1 >= w {print $2; exit}' "$SAMPLES")
PEAK=$(awk -v w="$WARMUP_S" '$1 >= w && $2 > m {m = $2} END {print m}' "$SAMPLES")
LAST=$(tail -n1 "$SAMPLES" | cut -d' ' -f2)
GROWTH=$(awk -v a="$BASE" -v b="$PEAK" 'BEGIN {printf "%.1f", (b - a) * 100 / a}')

{
  echo "Command: \`bench/load.sh\` (DURATION=$DURATION, MAX_REQUESTS=$MAX_REQUESTS, wrk -t1 -c$CONNECTIONS, bench/lua/mixed.lua, loopback)"
  echo
  echo "Machine: $MACHINE"
  echo
  echo "App: Release build, $BENCH_CONFIG."
  echo
  echo "| requests | req/s | p50 | p90 | p99 | 2xx | 3xx | 4xx (refused on purpose) | 5xx | socket errors |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  echo "| $TOTAL | $RPS | $(wrk_field "$RAW" p50) | $(wrk_field "$RAW" p90) | $(wrk_field "$RAW" p99) | $S2 | $S3 | $S4 | $S5 | $SOCKET |"
  echo
  echo "RSS every 5 s (s: MB): $(awk '{printf "%s%s: %s", (NR > 1 ? ", " : ""), $1, $2}' "$SAMPLES")."
  echo "After the ${WARMUP_S} s warm-up: $BASE MB, peak $PEAK MB (+$GROWTH %), last $LAST MB."
} | tee "$REPORT"
echo "bench: report in $REPORT" >&2

FAIL=0
if [ "${S5:-x}" != "0" ]; then echo "bench: FAIL: ${S5:-unknown} responses were 5xx" >&2; FAIL=1; fi
if [ "$SOCKET" != "none" ]; then echo "bench: FAIL: socket errors: $SOCKET" >&2; FAIL=1; fi
if [ "${S4:-0}" = "0" ]; then echo "bench: FAIL: no 4xx at all; the refused requests did not arrive" >&2; FAIL=1; fi
if awk -v g="$GROWTH" 'BEGIN {exit !(g > 10)}'; then echo "bench: FAIL: RSS grew $GROWTH % after the warm-up" >&2; FAIL=1; fi
if [ "$FAIL" -ne 0 ]; then exit 1; fi
echo "bench: load OK" >&2
