#!/usr/bin/env bash
# Upload analysis: time and peak RSS of the web app while it checks (dry run) large uploads through /admin/upload,
# one at a time, on loopback: a ~50 MB World Bank CSV, a DataBank workbook whose sheet is ~250 MB of XML, and issue 23's
# xlsx bomb (0.5 MB unpacking to 261 M characters). RSS (VmRSS of /proc/<pid>/status) is sampled every 100 ms from the
# upload's start to the end of its analysis. Targets: ≤ 300 MB for files within the upload limit, ≤ 600 MB while
# refusing the bomb. Exits non-zero when a target is missed.
#
#   bench/upload-memory.sh            # files generated into the bench folder (bench/make-upload-files.py)
#   bench/upload-memory.sh owid-50mb.csv   # only the files named
set -euo pipefail
source "$(dirname "$0")/lib.sh"

need curl curl
need python3 python3
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
REPORT="$OUT_DIR/upload-memory-$STAMP.md"
FILES="$OUT_DIR/upload-files"
TOKEN="bench-$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
MACHINE=$(machine_info)

[ -f "$FILES/owid-50mb.csv" ] || python3 "$(dirname "$0")/make-upload-files.py" "$FILES" >&2
bench_build
trap app_stop EXIT
app_start Admin__Token="$TOKEN"
echo "bench: app at $APP_URL (pid $APP_PID)" >&2

peak_of() { sort -n "$1" | tail -1; }

# Uploads one file for a dry run; prints "seconds peak_mb state".
check() {
  local file=$1 jar samples page form location id status started ended
  jar=$(mktemp) samples=$(mktemp)
  page=$(curl -sf -c "$jar" -H "Authorization: Bearer $TOKEN" "$APP_URL/admin/upload")
  form=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$page" | sed 's/.*value="//;s/"$//')
  ( while kill -0 "$APP_PID" 2>/dev/null; do echo "$(app_rss_mb)" >>"$samples"; sleep 0.1; done ) &
  local sampler=$!
  started=$(date +%s%N)
  location=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$jar" -H "Authorization: Bearer $TOKEN" \
    -F "__RequestVerificationToken=$form" -F "dataset=bench-$(basename "$file" | tr -c 'a-z0-9\n' '-' | tr -s '-' | sed 's/-$//')" \
    -F "file=@$file" "$APP_URL/admin/upload")
  id=${location##*/}
  while :; do
    status=$(curl -sf -H "Authorization: Bearer $TOKEN" "$APP_URL/admin/uploads/$id/status")
    grep -q '"running":true' <<<"$status" || break
    sleep 0.2
  done
  ended=$(date +%s%N)
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  echo "$(awk "BEGIN { printf \"%.1f\", ($ended - $started) / 1e9 }") $(peak_of "$samples") $(grep -o '"state":"[a-z]*"' <<<"$status" | cut -d'"' -f4)"
  curl -sf -H "Authorization: Bearer $TOKEN" "$APP_URL/admin/uploads/$id" | grep -o '<td>[^<]*unpacks[^<]*</td>\|role="alert">[^<]*<\|<dd id="dialect">[^<]*' | head -2 >&2 || true
  rm -f "$jar" "$samples"
}

START_RSS=$(app_rss_mb)
{
  echo "# Upload analysis memory ($STAMP)"
  echo
  echo "$MACHINE; load average before: $(cut -d' ' -f1-3 /proc/loadavg); app RSS at start: $START_RSS MB"
  echo
  echo "| file | size | analysis s | peak RSS MB | state | target MB | met? |"
  echo "|---|---:|---:|---:|---|---:|---|"
} >"$REPORT"
FAILED=0
for spec in "wdi-50mb.csv:300" "databank-250mb.xlsx:300" "bomb.xlsx:600" "owid-50mb.csv:300"; do
  name=${spec%%:*} target=${spec##*:}
  if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then continue; fi
  read -r seconds peak state < <(check "$FILES/$name")
  met=yes
  [ "${peak%.*}" -le "$target" ] || { met=no; FAILED=1; }
  echo "| $name | $(du -h "$FILES/$name" | cut -f1) | $seconds | $peak | $state | $target | $met |" >>"$REPORT"
  echo "bench: $name: $seconds s, peak $peak MB ($state)" >&2
done
echo >>"$REPORT"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$REPORT"
cat "$REPORT"
exit $FAILED
