#!/usr/bin/env bash
# HTTP benchmark (loopback only): builds Release, starts the app on a free 127.0.0.1 port with a fresh temporary store
# and rate limits off, waits for /healthz, then runs wrk for a bounded time against: a cached chart PNG (same URL),
# uncached chart renders (every request a new size), the overview page, /api/indicators and /api/observations. Beside
# wrk's latencies (which include queueing at 32 connections) it reports the server time of each run: median and p90
# of the request log's ElapsedMs, and the overview's median server time ÷ that of /api/indicators (issue 11: ≤ 2).
# Stops the app it started.
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
INDICATORS="/api/indicators"

# run NAME CONNECTIONS PATH [LUA [LUA_ARG]]: one wrk run; appends a table row (wrk figures, then the server time from the log).
ROWS=()
declare -A SERVER_P50
declare -A WRK_P50
run() {
  local name=$1 conns=$2 path=$3 lua=${4:-} lua_arg=${5:-}
  local raw="$OUT_DIR/http-$STAMP-$(echo "$name" | tr -c 'a-zA-Z0-9' '-' | sed 's/-*$//').txt"
  local args=(-t1 -c"$conns" --latency --timeout 10s)
  local lua_args=()
  if [ -n "$lua" ]; then
    args+=(-s "$lua")
    lua_args=(-- 160000) # the warm-up asks for other URLs (offset 0) than the measured run
    if [ -n "$lua_arg" ]; then
      lua_args+=("$lua_arg")
    fi
  fi
  wrk "${args[@]}" -d"$WARMUP" "$APP_URL$path" ${lua_arg:+-- 0 "$lua_arg"} >/dev/null 2>&1
  echo "bench: $name — wrk ${args[*]} -d$DURATION $APP_URL$path ${lua_args[*]}" >&2
  # The console logger writes from a queue: a second's pause lets the lines of the warm-up (before) and of the
  # measured run (after) reach the file before its line count is taken.
  local from to
  sleep 1
  from=$(($(wc -l <"$APP_LOG") + 1))
  wrk "${args[@]}" -d"$DURATION" "$APP_URL$path" "${lua_args[@]}" >"$raw" 2>&1
  sleep 1
  to=$(wc -l <"$APP_LOG")
  local non2xx socket server
  non2xx=$(wrk_field "$raw" non2xx)
  socket=$(wrk_field "$raw" socket)
  server=$(server_ms "$APP_LOG" "$from" "$to" GET "${path%%\?*}")
  SERVER_P50[$name]=${server%% *}
  WRK_P50[$name]=$(wrk_field "$raw" p50)
  local p50="—" p90="—"
  if [ -n "$server" ]; then
    p50="${server%% *} ms"
    p90="${server##* } ms"
  fi
  ROWS+=("| $name | \`$path\` | $conns | $(wrk_field "$raw" rps) | $(wrk_field "$raw" requests) | $(wrk_field "$raw" p50) | $(wrk_field "$raw" p90) | $(wrk_field "$raw" p99) | $p50 | $p90 | $non2xx | $socket |")
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
warm "$CACHED" "$PAGE" "$API" "$INDICATORS" "/charts/top500-systems.png?width=801&height=451"
run "cached chart PNG" 32 "$CACHED"
run "uncached chart PNG (new size each request)" 8 "/charts/top500-systems.png" "$BENCH_DIR/lua/uncached.lua"
run "overview page" 32 "$PAGE"
run "overview page, output cache missed (new query string each request)" 32 "$PAGE" "$BENCH_DIR/lua/uncached.lua" page
run "API indicators" 32 "$INDICATORS"
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
  echo "| run | path | connections | req/s | requests | p50 | p90 | p99 | server p50 | server p90 | non-2xx | socket errors |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "p50/p90/p99: wrk's latency (client side, with queueing); server p50/p90: the request log's ElapsedMs over the measured run."
  echo
  # The request log rounds to 0.1 ms: a median of 0 means under 0.05 ms, and the ratio is then an upper bound.
  # When both are answered from the output cache, both medians can be under the resolution: then wrk's client-side
  # medians (same connections, same machine) give the ratio.
  awk -v o="${SERVER_P50[overview page]}" -v a="${SERVER_P50[API indicators]}" -v wo="${WRK_P50[overview page]}" -v wa="${WRK_P50[API indicators]}" 'BEGIN {
    if (a == "" || a == 0) {
      if (o == 0) printf "Overview ÷ /api/indicators: both median server times are below the log resolution (< 0.05 ms); ", ""
      else printf "Overview ÷ /api/indicators: the API median server time is below the log resolution; ", ""
      printf "client-side medians (wrk p50) %s ÷ %s = %.2f (target ≤ 2)\n", wo, wa, tomillis(wo) / tomillis(wa)
      exit
    }
    if (o == 0) printf "Overview median server time ÷ /api/indicators median server time: < 0.05 ms ÷ %s ms < %.2f (target ≤ 2)\n", a, 0.05 / a
    else printf "Overview median server time ÷ /api/indicators median server time: %s ms ÷ %s ms = %.2f (target ≤ 2)\n", o, a, o / a
  }
  # wrk writes latencies as 850.00us, 1.64ms or 1.20s.
  function tomillis(t) { if (t ~ /us$/) return t / 1000; if (t ~ /ms$/) return t + 0; if (t ~ /s$/) return t * 1000; return t + 0 }'
} | tee "$REPORT"
echo "bench: report in $REPORT" >&2
