#!/usr/bin/env bash
# Cold start (loopback only): time from process start (`dotnet Dashboard.Web.dll`, Release build) to the first 200 from
# the overview page `/`, with a fresh database (new empty folder: the store is built from data/ first). Repeated RUNS
# times (default 7); reports every run, the median, min and max. Then the same with the store already built (a restart
# with unchanged data/), so the difference shows what building the store costs.
#
#   bench/coldstart.sh
#   RUNS=11 bench/coldstart.sh
#
# The clock starts just before the process is launched and stops when curl first gets 200 from `/` (polled every
# 10 ms, so the resolution is roughly 10–20 ms). hyperfine is not used: it would time the whole command, shutdown
# included, not the moment the first page is served.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

need curl curl
RUNS=${RUNS:-7}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
REPORT="$OUT_DIR/coldstart-$STAMP.md"
MACHINE=$(machine_info)

bench_build
trap app_stop EXIT

# time_first_page DIR: launches the app with its store in DIR, prints milliseconds until `/` answers 200, stops it.
time_first_page() {
  local dir=$1 start url="" i
  APP_DIR=""
  APP_LOG="$dir/app.log"
  start=$(date +%s%N)
  env ASPNETCORE_ENVIRONMENT=Production \
      ASPNETCORE_URLS=http://127.0.0.1:0 \
      Data__DatabasePath="$dir/dashboard.db" \
      RateLimit__Enabled=false \
      Logging__LogLevel__Microsoft.Hosting.Lifetime=Information \
      dotnet "$APP_DLL" --contentRoot "$REPO/Dashboard.Web" >"$APP_LOG" 2>&1 &
  APP_PID=$!
  for i in $(seq 1 6000); do
    if [ -z "$url" ]; then
      url=$(grep -o -m1 'Now listening on: http://127\.0\.0\.1:[0-9]*' "$APP_LOG" 2>/dev/null | sed 's/Now listening on: //' || true)
    fi
    if [ -n "$url" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/")" = "200" ]; then
      echo $(( ($(date +%s%N) - start) / 1000000 ))
      app_stop
      return 0
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "bench: the app exited during start-up:" >&2
      cat "$APP_LOG" >&2
      exit 1
    fi
    sleep 0.01
  done
  echo "bench: no 200 from / within 60 s" >&2
  app_stop
  exit 1
}

stats() { # median min max of the numbers given
  printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%d %d %d", m, a[1], a[NR]}'
}

FRESH=()
for run in $(seq 1 "$RUNS"); do
  dir=$(mktemp -d "${TMPDIR:-/tmp}/geoai-cold.XXXXXX")
  ms=$(time_first_page "$dir")
  FRESH+=("$ms")
  echo "bench: fresh store, run $run: $ms ms" >&2
  rm -rf "$dir"
done

# Same, with the store built once beforehand (the app then only checks the data/ hash and reuses it).
dir=$(mktemp -d "${TMPDIR:-/tmp}/geoai-cold.XXXXXX")
time_first_page "$dir" >/dev/null
REUSED=()
for run in $(seq 1 "$RUNS"); do
  ms=$(time_first_page "$dir")
  REUSED+=("$ms")
  echo "bench: store reused, run $run: $ms ms" >&2
done
rm -rf "$dir"

read -r fm fmin fmax <<<"$(stats "${FRESH[@]}")"
read -r rm_ rmin rmax <<<"$(stats "${REUSED[@]}")"
{
  echo "Command: \`bench/coldstart.sh\` (RUNS=$RUNS; process start → first 200 from \`/\`, polled every 10 ms)"
  echo
  echo "Machine: $MACHINE"
  echo
  echo "App: Release build, $BENCH_CONFIG."
  echo
  echo "| store | runs (ms) | median ms | min | max |"
  echo "|---|---|---:|---:|---:|"
  echo "| fresh (built from data/ at start) | ${FRESH[*]} | $fm | $fmin | $fmax |"
  echo "| already built (restart, data/ unchanged) | ${REUSED[*]} | $rm_ | $rmin | $rmax |"
  echo
  echo "Building the store accounts for about $((fm - rm_)) ms of the median cold start."
} | tee "$REPORT"
echo "bench: report in $REPORT" >&2
