#!/usr/bin/env bash
# Runs deploy/nginx.conf for real on loopback: two app instances (5001 = admin instance with a token, 5002 without)
# on one shared data/ and a store each, nginx on 8080 in front, then shows what the cache does (X-Cache-Status) for
# versioned charts, pages, HEAD and the API, and how an upload reaches the second instance. Takes about 2.5 minutes
# (it waits out a page's max-age twice). Stops exactly what it started; everything lives in a temp folder.
#
#   deploy/try-local.sh          # needs: dotnet, nginx (apt-get install -y nginx), curl
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
for tool in nginx curl dotnet; do
  command -v "$tool" >/dev/null || { echo "try-local: '$tool' is not installed (nginx: apt-get install -y nginx)" >&2; exit 2; }
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/geoai-deploy.XXXXXX")
PIDS=()
NGINX_PREFIX="$WORK/nginx"
stop() {
  [ -f "$NGINX_PREFIX/nginx.pid" ] && nginx -p "$NGINX_PREFIX" -c "$REPO/deploy/nginx.conf" -s stop 2>/dev/null || true
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap stop EXIT

echo "== build (Release)"
dotnet build "$REPO/Dashboard.Web" -c Release -nologo -v quiet -clp:ErrorsOnly
APP="$REPO/Dashboard.Web/bin/Release/net10.0/Dashboard.Web.dll"
TOKEN=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')

# start NAME PORT [extra env...]: one instance with its own store under $WORK/NAME, reading the shared data/.
start() {
  local name=$1 port=$2
  shift 2
  mkdir -p "$WORK/$name"
  env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
      Data__DatabasePath="$WORK/$name/dashboard.db" Data__DataDirectory="$REPO/data" \
      Proxy__KnownProxies__0=127.0.0.1 RateLimit__Enabled=false "$@" \
      dotnet "$APP" --contentRoot "$REPO/Dashboard.Web" >"$WORK/$name/app.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && return 0
    sleep 0.1
  done
  echo "try-local: $name did not start; its log:" >&2
  cat "$WORK/$name/app.log" >&2
  exit 1
}

echo "== two instances: app1 on 5001 (admin instance), app2 on 5002"
start app1 5001 Admin__Token="$TOKEN"
start app2 5002
mkdir -p "$NGINX_PREFIX"/{logs,tmp,cache}
# As root, nginx's workers would run as nobody, who cannot write this temp prefix; run them as the caller.
nginx -p "$NGINX_PREFIX" -c "$REPO/deploy/nginx.conf" -g "user $(id -un) $(id -gn);"
PIDS+=("$(cat "$NGINX_PREFIX/nginx.pid")")
N=http://127.0.0.1:8080

# show METHOD PATH: status, X-Cache-Status and the caching headers of one request through nginx.
show() {
  local method=$1 path=$2 args=(-s -o /dev/null -D -)
  [ "$method" = HEAD ] && args=(-s -I)
  printf '%-5s %-62s ' "$method" "$path"
  curl "${args[@]}" "$N$path" | tr -d '\r' | awk '
    NR == 1 {status = $2}
    tolower($1) == "x-cache-status:" {cache = $2}
    tolower($1) == "cache-control:" {sub(/^[^:]*: /, ""); cc = $0}
    tolower($1) == "etag:" {etag = $2}
    tolower($1) == "content-length:" {len = $2}
    END {printf "%s  X-Cache-Status: %-11s Cache-Control: %-36s ETag: %s  Content-Length: %s\n", status, (cache == "" ? "-" : cache), cc, etag, len}'
}
versions() {
  echo "   data versions: app1 $(curl -s http://127.0.0.1:5001/healthz)  app2 $(curl -s http://127.0.0.1:5002/healthz)"
}
chart_of() { curl -s "$N$1" | grep -o 'src="/charts/[^"]*"' | head -1 | sed 's/^src="//; s/"$//; s/&amp;/\&/g'; }

versions
echo "== curl -I and GET straight on app2 (no nginx): the same status, ETag, Content-Type, Content-Length and caching"
for method in "-I" "-o /dev/null -D -"; do
  echo "   curl $method http://127.0.0.1:5002/charts/top500-systems.png"
  # shellcheck disable=SC2086
  curl -s $method http://127.0.0.1:5002/charts/top500-systems.png | tr -d '\r' | grep -iE '^(HTTP|etag|content-type|content-length|cache-control)' | sed 's/^/     /'
done
CHART=$(chart_of /indicators/top500-systems)
echo "== a chart URL as the indicator page writes it (v = data version . build): twice, then HEAD"
show GET "$CHART"
show GET "$CHART"
show HEAD "$CHART"
echo "== the same chart without v (short max-age; nginx keeps it 300 s)"
show GET /charts/top500-systems.png
show GET /charts/top500-systems.png
echo "== data pages (60 s), the API (no Cache-Control: never stored), admin (never cached)"
show GET /sources
show GET /sources
show HEAD /sources
show GET /api/indicators
show GET /api/indicators
show GET /admin
echo "== after the page's max-age: nginx revalidates with the ETag, the app answers 304 (no body)"
sleep 61
show GET /sources

echo "== an upload: on the admin instance (the /admin page, or the same engine from the command line), then the same"
echo "   file with the same --dataset and --source on every other instance's store"
printf 'Entity,Code,Year,Demo AI patents (deploy check)\nKazakhstan,KAZ,2020,3\nKazakhstan,KAZ,2021,5\n' >"$WORK/demo-patents.csv"
for name in app1 app2; do
  dotnet "$APP" import "$WORK/demo-patents.csv" --dataset demo-patents --source cset-owid --db "$WORK/$name/dashboard.db" --data "$REPO/data" --quiet
  [ "$name" = app1 ] && versions
done
versions
echo "   until its max-age runs out nginx still serves the page it has; then the new page (new ETag):"
show GET /sources
sleep 61
show GET /sources
NEW_CHART=$(chart_of /indicators/top500-systems)
echo "== the page now links the chart with the new v: a new URL, cached anew (the old URL keeps naming the old image)"
echo "   old: $CHART"
echo "   new: $NEW_CHART"
show GET "$NEW_CHART"
show GET "$NEW_CHART"
echo "== nginx access log (which instance answered, what the cache did)"
cat "$NGINX_PREFIX/logs/access.log"
