#!/usr/bin/env bash
# Load test (loopback only), bounded in time AND count: mixed traffic from wrk (bench/lua/mixed.lua: pages, cached
# charts, chart renders that miss the cache, CSV, the JSON API, and a few requests that must be refused) against a
# freshly started Release build (rate limits off): a 120 s warm-up, then the measured 60 s, each wrk run stopping after
# MAX_REQUESTS requests at most (and killed by `timeout` should it ever hang). The app's RSS is sampled every 5 s.
# Passes only with zero 5xx, zero socket errors (connect/read/write/timeout) in both runs, some 4xx from the refused
# requests, and RSS during the measured 60 s staying within 10 % of its value when the measured run began. The warm-up
# is long because under this mix RSS rises for about two minutes (image cache filling, GC budgets settling) before it
# levels off (a 10-minute run: docs/PERFORMANCE.md, "Load").
#
#   bench/load.sh
#   DURATION_S=30 WARMUP_S=10 MAX_REQUESTS=200000 bench/load.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"

need wrk wrk
need curl curl
DURATION_S=${DURATION_S:-60}
WARMUP_S=${WARMUP_S:-120}
MAX_REQUESTS=${MAX_REQUESTS:-2000000}
CONNECTIONS=${CONNECTIONS:-16}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
REPORT="$OUT_DIR/load-$STAMP.md"
RAW="$OUT_DIR/load-$STAMP-wrk.txt"
RAW_WARM="$OUT_DIR/load-$STAMP-wrk-warmup.txt"
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

WRK=(wrk -t1 -c"$CONNECTIONS" --latency --timeout 10s -s "$BENCH_DIR/lua/mixed.lua")
echo "bench: warm-up ${WARMUP_S} s: ${WRK[*]} -d${WARMUP_S}s (at most $MAX_REQUESTS requests)" >&2
timeout $((WARMUP_S + 60)) "${WRK[@]}" -d"${WARMUP_S}s" "$APP_URL" -- "$MAX_REQUESTS" >"$RAW_WARM" 2>&1
echo "bench: measured ${DURATION_S} s: ${WRK[*]} -d${DURATION_S}s (at most $MAX_REQUESTS requests)" >&2
timeout $((DURATION_S + 60)) "${WRK[@]}" -d"${DURATION_S}s" "$APP_URL" -- "$MAX_REQUESTS" >"$RAW" 2>&1
sleep 1
kill "$SAMPLER_PID" 2>/dev/null || true
wait "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=""

status() { awk -v c="$1" '$1 == "status" && $2 == c {print $3}' "${2:-$RAW}"; }
S2=$(status 2xx); S3=$(status 3xx); S4=$(status 4xx); S5=$(status 5xx)
W5=$(status 5xx "$RAW_WARM"); WTOTAL=$(wrk_field "$RAW_WARM" requests)
SOCKET=$(wrk_field "$RAW" socket)
WSOCKET=$(wrk_field "$RAW_WARM" socket)
RPS=$(wrk_field "$RAW" rps)
TOTAL=$(wrk_field "$RAW" requests)
# RSS when the measured run began (the first sample at or after the warm-up), and the largest after it.
BASE=$(awk -v w="$WARMUP_S" '$1 >= w {print $2; exit}' "$SAMPLES")
PEAK=$(awk -v w="$WARMUP_S" '$1 >= w && $2 > m {m = $2} END {print m}' "$SAMPLES")
LAST=$(tail -n1 "$SAMPLES" | cut -d' ' -f2)
GROWTH=$(awk -v a="$BASE" -v b="$PEAK" 'BEGIN {printf "%.1f", (b - a) * 100 / a}')

{
  echo "Command: \`bench/load.sh\` (WARMUP_S=$WARMUP_S then DURATION_S=$DURATION_S, MAX_REQUESTS=$MAX_REQUESTS per run, wrk -t1 -c$CONNECTIONS, bench/lua/mixed.lua, loopback)"
  echo
  echo "Machine: $MACHINE"
  echo
  echo "App: Release build, $BENCH_CONFIG."
  echo
  echo "| requests | req/s | p50 | p90 | p99 | 2xx | 3xx | 4xx (refused on purpose) | 5xx | socket errors |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  echo "| $TOTAL | $RPS | $(wrk_field "$RAW" p50) | $(wrk_field "$RAW" p90) | $(wrk_field "$RAW" p99) | $S2 | $S3 | $S4 | $S5 | $SOCKET |"
  echo
  echo "Warm-up run: $WTOTAL requests, 5xx: ${W5:-unknown}, socket errors: $WSOCKET."
  echo
  echo "RSS every 5 s from the start of the warm-up (s: MB): $(awk '{printf "%s%s: %s", (NR > 1 ? ", " : ""), $1, $2}' "$SAMPLES")."
  echo "Measured run: RSS $BASE MB at its start (${WARMUP_S} s), peak $PEAK MB (+$GROWTH %), last $LAST MB."
} | tee "$REPORT"
echo "bench: report in $REPORT" >&2

FAIL=0
if [ "${S5:-x}" != "0" ] || [ "${W5:-x}" != "0" ]; then echo "bench: FAIL: 5xx responses: ${S5:-unknown} measured, ${W5:-unknown} warm-up" >&2; FAIL=1; fi
if [ "$SOCKET" != "none" ] || [ "$WSOCKET" != "none" ]; then echo "bench: FAIL: socket errors: $SOCKET / warm-up $WSOCKET" >&2; FAIL=1; fi
if [ "${S4:-0}" = "0" ]; then echo "bench: FAIL: no 4xx at all; the refused requests did not arrive" >&2; FAIL=1; fi
if awk -v g="$GROWTH" 'BEGIN {exit !(g > 10)}'; then echo "bench: FAIL: RSS grew $GROWTH % after the warm-up" >&2; FAIL=1; fi
if [ "$FAIL" -ne 0 ]; then exit 1; fi
echo "bench: load OK" >&2
