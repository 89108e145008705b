# Shared by bench/http.sh, memory.sh, coldstart.sh and load.sh (sourced, not run): builds the app in Release, starts
# it on a free loopback port with a fresh temporary store, waits for /healthz, stops exactly the process it started.
# Traffic goes to 127.0.0.1 only.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH_DIR/.." && pwd)
APP_DLL="$REPO/Dashboard.Web/bin/Release/net10.0/Dashboard.Web.dll"
OUT_DIR="$BENCH_DIR/out"
mkdir -p "$OUT_DIR"

APP_PID=""
APP_DIR=""
APP_URL=""
APP_LOG=""

# The configuration every benchmark runs with, on top of the shipped appsettings.json (printed into each report).
BENCH_CONFIG="ASPNETCORE_ENVIRONMENT=Production, RateLimit__Enabled=false (rate limits off: one client sends everything), \
Data__DatabasePath=<fresh temp dir>, everything else as shipped (request log at Information to stdout, redirected to a file; \
Charts cache 64 MB)"

need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "bench: '$1' is not installed. On Debian: apt-get install -y $2" >&2
    exit 2
  fi
}

bench_build() {
  echo "bench: building Dashboard.Web (Release)…" >&2
  dotnet build "$REPO/Dashboard.Web" -c Release -nologo -v quiet -clp:ErrorsOnly >&2
}

# Machine line for reports: date, nproc, CPU model, RAM, load average, .NET runtime.
machine_info() {
  local cpu mem
  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
  mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'); nproc=$(nproc); CPU: ${cpu:-unknown}; RAM: $mem; load average at start: $(cut -d' ' -f1-3 /proc/loadavg); .NET $(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/ {v=$2} END {print v}')"
}

# app_start [NAME=VALUE ...]: extra settings as environment variables (e.g. Logging__LogLevel__Default=Warning).
# Sets APP_PID, APP_URL, APP_DIR, APP_LOG; a fresh store is built from data/ (no App_Data is used or touched).
app_start() {
  APP_DIR=$(mktemp -d "${TMPDIR:-/tmp}/geoai-bench.XXXXXX")
  APP_LOG="$APP_DIR/app.log"
  env ASPNETCORE_ENVIRONMENT=Production \
      ASPNETCORE_URLS=http://127.0.0.1:0 \
      Data__DatabasePath="$APP_DIR/dashboard.db" \
      RateLimit__Enabled=false \
      Logging__LogLevel__Microsoft.Hosting.Lifetime=Information \
      "$@" \
      dotnet "$APP_DLL" --contentRoot "$REPO/Dashboard.Web" >"$APP_LOG" 2>&1 &
  APP_PID=$!
  local i
  for i in $(seq 1 600); do
    APP_URL=$(grep -o -m1 'Now listening on: http://127\.0\.0\.1:[0-9]*' "$APP_LOG" 2>/dev/null | sed 's/Now listening on: //' || true)
    if [ -n "$APP_URL" ] && curl -sf -o /dev/null "$APP_URL/healthz"; then
      return 0
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "bench: the app exited during start-up; its log:" >&2
      cat "$APP_LOG" >&2
      exit 1
    fi
    sleep 0.1
  done
  echo "bench: the app did not answer /healthz within 60 s" >&2
  app_stop
  exit 1
}

# Stops the process app_start started (by its PID only) and removes its temp folder.
app_stop() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
  if [ -n "$APP_DIR" ] && [ -d "$APP_DIR" ]; then
    rm -rf "$APP_DIR"
  fi
  APP_DIR=""
}

# Resident set size of the app in MB (VmRSS of /proc/<pid>/status).
app_rss_mb() {
  awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$APP_PID/status"
}

# Fields of a wrk report (run with --latency): req/s, total requests, p50/p90/p99, non-2xx/3xx, socket errors.
wrk_field() {
  local file=$1 field=$2
  case $field in
    rps) awk '/^Requests\/sec/ {print $2}' "$file" ;;
    requests) awk '/requests in/ {print $1}' "$file" ;;
    p50|p75|p90|p99) awk -v p="${field#p}%" '$1 == p {print $2}' "$file" ;;
    non2xx) awk -F: '/Non-2xx or 3xx responses/ {gsub(/ /, "", $2); print $2}' "$file" | grep . || echo 0 ;;
    socket) grep -o 'Socket errors:.*' "$file" | sed 's/Socket errors: //' | grep . || echo "none" ;;
  esac
}

# server_ms LOG FROM TO METHOD PATH: median and 90th percentile (ms, as "p50 p90") of the request log's ElapsedMs for
# METHOD PATH (the log has no query string) over log lines FROM..TO: the time spent in the app, without the client's
# queueing. Empty when no line matched.
server_ms() {
  local log=$1 from=$2 to=$3 method=$4 path=$5
  sed -n "${from},${to}p" "$log" \
    | awk -v m="$method" -v p="$path" '$1 == "HTTP" && $2 == m && $3 == p && $4 == "responded" {print $(NF-1)}' \
    | sort -n \
    | awk '{v[NR] = $1} END {if (NR > 0) {i = int(NR * 0.9 + 0.5); if (i < 1) i = 1; printf "%s %s", v[int((NR + 1) / 2)], v[i]}}'
}
