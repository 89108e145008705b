#!/usr/bin/env bash
# Render flood (loopback only; issue 16 part 1): starts the app (Release, fresh store, rate limits off so one client
# can send everything; render limits as shipped), then
#   A. 96 parallel maximum-size chart renders (3840×2160 at scale 2, less a few pixels: every size new, so nothing is
#      cached), ROUNDS × 96 requests with 96 in flight;
#   B. 10 parallel 20-chart briefing packs at scale 4 (slide-16x9: 7680×4320 pixels per PNG), PACK_ROUNDS × 10 requests.
# During each phase: the app's resident set sampled every 0.1 s (peak), /healthz probed every 0.05 s (p50/p99/max,
# failures), and the status of every flood request counted. Goal (issue 16): RSS ≤ 1 GB, /healthz p99 ≤ 200 ms, no 5xx
# other than 503. Report: stdout and bench/out/render-flood-<timestamp>.md.
#
# Before the floods, /healthz is probed for IDLE_S seconds with nothing else sent: the machine's own latency (other work
# shares it), to read the flood figures against.
#
#   bench/render-flood.sh
#   ROUNDS=10 PACK_ROUNDS=3 bench/render-flood.sh
#   APP_ENV="Render__MaxConcurrentRenders=1" bench/render-flood.sh   # other render limits
set -euo pipefail
source "$(dirname "$0")/lib.sh"

need curl curl
ROUNDS=${ROUNDS:-40}
PACK_ROUNDS=${PACK_ROUNDS:-2}
IDLE_S=${IDLE_S:-10}
# shellcheck disable=SC2206
APP_ENV_ARGS=(${APP_ENV:-})
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
REPORT="$OUT_DIR/render-flood-$STAMP.md"
MACHINE=$(machine_info)

bench_build
trap 'stop_probes; app_stop' EXIT
app_start Logging__LogLevel__Default=Warning "${APP_ENV_ARGS[@]}"
echo "bench: app at $APP_URL (pid $APP_PID)" >&2
curl -sf -o /dev/null "$APP_URL/charts/top500-systems.png"
BASE_RSS=$(app_rss_mb)

PROBE_PIDS=()
stop_probes() {
  local p
  for p in "${PROBE_PIDS[@]:-}"; do
    [ -n "$p" ] && kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true
  done
  PROBE_PIDS=()
}

# start_probes NAME: RSS every 0.1 s to $OUT_DIR/NAME.rss, /healthz every 0.05 s to $OUT_DIR/NAME.health.
start_probes() {
  local name=$1
  : >"$OUT_DIR/$name.rss"
  : >"$OUT_DIR/$name.health"
  (while kill -0 "$APP_PID" 2>/dev/null; do echo "$(app_rss_mb)" >>"$OUT_DIR/$name.rss"; sleep 0.1; done) &
  PROBE_PIDS+=($!)
  (while true; do
     curl -s -o /dev/null --max-time 10 -w '%{http_code} %{time_total}\n' "$APP_URL/healthz" >>"$OUT_DIR/$name.health" || echo "000 10" >>"$OUT_DIR/$name.health"
     sleep 0.05
   done) &
  PROBE_PIDS+=($!)
}

# flood NAME PARALLEL URL-FILE: every URL once with PARALLEL in flight; prints the status counts.
flood() {
  local name=$1 parallel=$2 urls=$3 config="$OUT_DIR/$1.curl"
  : >"$config"
  while read -r url; do printf 'url = "%s"\noutput = "/dev/null"\n' "$url" >>"$config"; done <"$urls"
  start_probes "$name"
  local start end
  start=$(date +%s%N)
  curl -s --no-progress-meter --parallel --parallel-immediate --parallel-max "$parallel" --max-time 600 -w '%{http_code}\n' -K "$config" \
    >"$OUT_DIR/$name.codes" || true
  end=$(date +%s%N)
  stop_probes
  echo $(( (end - start) / 1000000 )) >"$OUT_DIR/$name.ms"
}

summary() {
  local name=$1 label=$2 requests
  [ -f "$OUT_DIR/$name.codes" ] || : >"$OUT_DIR/$name.codes"
  requests=$(wc -l <"$OUT_DIR/$name.codes")
  local ok busy other5xx other peak hp50 hp99 hmax hfail hcount
  ok=$(grep -c '^200$' "$OUT_DIR/$name.codes" || true)
  busy=$(grep -c '^503$' "$OUT_DIR/$name.codes" || true)
  other5xx=$(grep -E '^5' "$OUT_DIR/$name.codes" | grep -vc '^503$' || true)
  other=$(grep -Evc '^(200|503|5..)$' "$OUT_DIR/$name.codes" || true)
  peak=$(sort -n "$OUT_DIR/$name.rss" | tail -1)
  hcount=$(wc -l <"$OUT_DIR/$name.health")
  hfail=$(grep -vc '^200 ' "$OUT_DIR/$name.health" || true)
  read -r hp50 hp99 hmax < <(awk '{print $2 * 1000}' "$OUT_DIR/$name.health" | sort -n | awk '{a[NR]=$1} END {
    p50=a[int((NR-1)*0.50)+1]; p99=a[int((NR-1)*0.99)+1]; printf "%.0f %.0f %.0f\n", p50, p99, a[NR]}')
  echo "| $label | $requests | $(cat "$OUT_DIR/$name.ms") | $ok | $busy | $other5xx | $other | $peak | $hcount | $hp50 | $hp99 | $hmax | $hfail |"
}

# 0: nothing but the probes, for the machine's own latency.
echo "bench: 0 — ${IDLE_S} s idle, probes only" >&2
start_probes idle
sleep "$IDLE_S"
stop_probes
echo $((IDLE_S * 1000)) >"$OUT_DIR/idle.ms"
ROW_0=$(summary idle "0. idle (probes only)")

# A: max-size renders, a new size each (3840×2160, 3839×2160, …, then 2159 high).
: >"$OUT_DIR/renders.urls"
for ((i = 0; i < ROUNDS * 96; i++)); do
  echo "$APP_URL/charts/top500-systems.png?width=$((3840 - i % 3000))&height=$((2160 - i / 3000))&scale=2" >>"$OUT_DIR/renders.urls"
done
echo "bench: A — $((ROUNDS * 96)) max-size renders, 96 in flight" >&2
flood renders 96 "$OUT_DIR/renders.urls"
ROW_A=$(summary renders "A. 96 parallel renders ≤3840×2160 ×2 (new size each)")

# B: 20-chart packs at scale 4 (every shipped indicator with rows but one), 10 in flight.
CHARTS=$(curl -sf "$APP_URL/api/indicators" | grep -o '"id":"[^"]*"' | cut -d'"' -f4 | head -20 | paste -sd, -)
: >"$OUT_DIR/packs.urls"
for ((i = 0; i < PACK_ROUNDS * 10; i++)); do
  echo "$APP_URL/export/pack.zip?charts=$CHARTS&preset=slide-16x9&scale=4&theme=light" >>"$OUT_DIR/packs.urls"
done
echo "bench: B — $((PACK_ROUNDS * 10)) packs of 20 charts at scale 4, 10 in flight" >&2
flood packs 10 "$OUT_DIR/packs.urls"
ROW_B=$(summary packs "B. 10 parallel 20-chart packs, slide-16x9 ×4")
HWM=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$APP_PID/status")

{
  echo "Command: \`bench/render-flood.sh\` (ROUNDS=$ROUNDS, PACK_ROUNDS=$PACK_ROUNDS; curl --parallel, loopback)"
  echo
  echo "Machine: $MACHINE; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "App: Release build, $BENCH_CONFIG; render limits as shipped (Render:*)${APP_ENV:+ except $APP_ENV}. RSS before the floods: $BASE_RSS MB; peak resident set of the whole run (VmHWM): $HWM MB."
  echo
  echo "| phase | requests | wall ms | 200 | 503 | other 5xx | other | RSS peak MB | /healthz probes | p50 ms | p99 ms | max ms | /healthz not 200 |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  echo "$ROW_0"
  echo "$ROW_A"
  echo "$ROW_B"
} | tee "$REPORT"
echo "bench: report in $REPORT" >&2
