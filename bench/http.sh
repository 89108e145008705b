#!/usr/bin/env bash
# HTTP benchmark (loopback only): builds Release, starts the app on a free 127.0.0.1 port with a fresh temporary store
# and rate limits off, waits for /healthz, then runs wrk for a bounded time against: a cached chart PNG (same URL),
# uncached chart renders (every request a new size), the overview page and the JSON API. Stops the app it started.
#
#   bench/http.sh                # 15 s per run
#   DURATION=30s bench/http.sh   # longer runs (WARMUP=10s before each, not reported)
#
# wrk shares the machine's cores with the server; it runs with one thread (-t1). Results: a Markdown table on stdout
# and in bench/out/http-<timestamp>.md (raw wrk output beside it); docs/PERFORMANCE.md "HTTP" records them.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

need wrk wrk
need curl curl
DURATION=${DURATION:-15s}
# Before each measured run the same load runs unreported: .NET's tiered JIT needs a few seconds of traffic to reach
# fully optimised code (a run right after start measured about half the steady-state rate).
WARMUP=${WARMUP:-10s}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
REPORT="$OUT_DIR/http-$STAMP.md"
MACHINE=$(machine_info)

bench_build
trap app_stop EXIT

CACHED="/charts/top500-systems.png"
PAGE="/"
API="/api/observations?indicator=top500-systems&entities=CHN,RUS"

# run NAME CONNECTIONS PATH [LUA]: one wrk run; appends a table row.
ROWS=()
run() {
  local name=$1 conns=$2 path=$3 lua=${4:-}
  local raw="$OUT_DIR/http-$STAMP-$(echo "$name" | tr -c 'a-zA-Z0-9' '-' | sed 's/-*$//').txt"
  local args=(-t1 -c"$conns" --latency --timeout 10s)
  local lua_args=()
  if [ -n "$lua" ]; then
    args+=(-s "$lua")
    lua_args=(-- 160000) # the warm-up asks for other sizes (offset 0) than the measured run
  fi
  wrk "${args[@]}" -d"$WARMUP" "$APP_URL$path" >/dev/null 2>&1
  echo "bench: $name — wrk ${args[*]} -d$DURATION $APP_URL$path ${lua_args[*]}" >&2
  wrk "${args[@]}" -d"$DURATION" "$APP_URL$path" "${lua_args[@]}" >"$raw" 2>&1
  local non2xx socket
  non2xx=$(wrk_field "$raw" non2xx)
  socket=$(wrk_field "$raw" socket)
  ROWS+=("| $name | \`$path\` | $conns | $(wrk_field "$raw" rps) | $(wrk_field "$raw" requests) | $(wrk_field "$raw" p50) | $(wrk_field "$raw" p90) | $(wrk_field "$raw" p99) | $non2xx | $socket |")
}

warm() {
  local url
  for url in "$@"; do
    curl -sf -o /dev/null "$APP_URL$url"
  done
}

app_start
echo "bench: app at $APP_URL (pid $APP_PID)" >&2
# One request each first: the store is open, code is jitted, the cached PNG is in the cache.
warm "$CACHED" "$PAGE" "$API" "/charts/top500-systems.png?width=801&height=451"
run "cached chart PNG" 32 "$CACHED"
run "uncached chart PNG (new size each request)" 8 "/charts/top500-systems.png" "$BENCH_DIR/lua/uncached.lua"
run "overview page" 32 "$PAGE"
run "API observations" 32 "$API"
RSS=$(app_rss_mb)
app_stop

# The same cached PNG with the per-request log line off, to show what the request log costs.
app_start Logging__LogLevel__Dashboard.Web.Security.RequestLoggingMiddleware=Warning
warm "$CACHED"
run "cached chart PNG, request log off" 32 "$CACHED"
app_stop

{
  echo "Command: \`bench/http.sh\` (DURATION=$DURATION per run after a WARMUP=$WARMUP run of the same load; wrk -t1, loopback)"
  echo
  echo "Machine: $MACHINE"
  echo
  echo "App: Release build, $BENCH_CONFIG. RSS after the first four runs: $RSS MB."
  echo
  echo "| run | path | connections | req/s | requests | p50 | p90 | p99 | non-2xx | socket errors |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${ROWS[@]}"
} | tee "$REPORT"
echo "bench: report in $REPORT" >&2
