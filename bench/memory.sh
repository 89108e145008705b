#!/usr/bin/env bash
# Memory benchmark (loopback only): 5,000 chart requests that all miss the cache (each a size not asked for before),
# sent in batches of 500 with curl (4 at a time), sampling the app's resident set (VmRSS of /proc/<pid>/status) before
# the first batch and after each one. Target: ≤ 300 MB after 5,000 renders and flat after warm-up. Exits non-zero when
# a render fails, the final RSS is over the target, or RSS grows by more than 10 % after the warm-up (the first 2,000
# renders: the 64 MB image cache is full after about 700, the GC settles later).
#
#   bench/memory.sh              # 5,000 renders
#   RENDERS=10000 bench/memory.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"

need curl curl
RENDERS=${RENDERS:-5000}
BATCH=500
TARGET_MB=300
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
REPORT="$OUT_DIR/memory-$STAMP.md"
MACHINE=$(machine_info)

bench_build
trap app_stop EXIT
app_start
echo "bench: app at $APP_URL (pid $APP_PID)" >&2
curl -sf -o /dev/null "$APP_URL/charts/top500-systems.png"

# The size of request n (0-based): widths 800–1599, heights 450–…, never repeated within a run.
url_of() {
  local n=$1
  echo "$APP_URL/charts/top500-systems.png?width=$((800 + n % 800))&height=$((450 + n / 800))"
}

SERIES=("| 0 | $(app_rss_mb) | 0 |")
RSS_AT=()
START=$(date +%s%N)
FAILED=0
done_count=0
while [ "$done_count" -lt "$RENDERS" ]; do
  config="$OUT_DIR/memory-batch.curl"
  : >"$config"
  for ((n = done_count; n < done_count + BATCH && n < RENDERS; n++)); do
    printf 'url = "%s"\noutput = "/dev/null"\n' "$(url_of "$n")" >>"$config"
  done
  codes=$(curl -s --no-progress-meter --parallel --parallel-max 4 -w '%{http_code}\n' -K "$config")
  bad=$(echo "$codes" | grep -vc '^200$' || true)
  FAILED=$((FAILED + bad))
  done_count=$n
  rss=$(app_rss_mb)
  RSS_AT[$done_count]=$rss
  elapsed=$(( ($(date +%s%N) - START) / 1000000000 ))
  SERIES+=("| $done_count | $rss | $elapsed |")
  echo "bench: $done_count renders, RSS $rss MB, ${elapsed} s" >&2
done
rm -f "$OUT_DIR/memory-batch.curl"

FINAL=${RSS_AT[$RENDERS]}
WARM=2000
BASE=${RSS_AT[$WARM]:-$FINAL}
GROWTH=$(awk -v a="$BASE" -v b="$FINAL" 'BEGIN {printf "%.1f", (b - a) * 100 / a}')
{
  echo "Command: \`bench/memory.sh\` ($RENDERS uncached PNG renders of top500-systems, width 800–1599 × height 450+, curl 4 in parallel, loopback)"
  echo
  echo "Machine: $MACHINE"
  echo
  echo "App: Release build, $BENCH_CONFIG."
  echo
  echo "| requests | RSS MB | elapsed s |"
  echo "|---:|---:|---:|"
  printf '%s\n' "${SERIES[@]}"
  echo
  echo "Failed requests: $FAILED. RSS after $RENDERS: $FINAL MB (target ≤ $TARGET_MB MB); change from $WARM to $RENDERS requests: $GROWTH %."
} | tee "$REPORT"
echo "bench: report in $REPORT" >&2

if [ "$FAILED" -ne 0 ]; then echo "bench: FAIL: $FAILED renders did not answer 200" >&2; exit 1; fi
if [ "$FINAL" -gt "$TARGET_MB" ]; then echo "bench: FAIL: RSS $FINAL MB is over $TARGET_MB MB" >&2; exit 1; fi
if awk -v g="$GROWTH" 'BEGIN {exit !(g > 10)}'; then echo "bench: FAIL: RSS grew $GROWTH % after warm-up" >&2; exit 1; fi
echo "bench: memory OK" >&2
