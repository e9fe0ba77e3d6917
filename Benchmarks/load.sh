#!/usr/bin/env bash
# Load benchmark on loopback (wrk, 2 threads, 64 connections, 20 s each) against the all-bodies
# feed of config/knivsta: (a) samplan, full 200 responses; (b) samplan, 304 responses;
# (c) nginx serving the same .ics bytes as a static file; then idle RSS, a soak on 4 long-lived
# connections (60 s of 200s, then 60 s of 304s, RSS every 10 s: it must stay flat) and a reload under
# load (errors must stay 0). Installs wrk and nginx-light from Debian when missing.
# Usage: Benchmarks/load.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-20}"
scripts/setup
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
swift build -c release --static-swift-stdlib --product samplan >/dev/null
bin="$(swift build -c release --show-bin-path)/samplan"
work="$(mktemp -d)"
cleanup() { kill "$samplan_pid" "$nginx_pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
cp -r config/knivsta "$work/config"
"$bin" serve --config "$work/config" --state "$work/state" --listen 127.0.0.1:18080 2>"$work/samplan.log" &
samplan_pid=$!
for _ in $(seq 100); do curl -fs http://127.0.0.1:18080/healthz >/dev/null 2>&1 && break; sleep 0.1; done
url=http://127.0.0.1:18080/calendars/all.ics
curl -fs "$url" -o "$work/all.ics"
etag="$(curl -fsI "$url" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')"
mkdir -p "$work/www"; cp "$work/all.ics" "$work/www/all.ics"
chmod a+rx "$work" "$work/www"; chmod a+r "$work/www/all.ics"   # nginx workers run as www-data
cat > "$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/calendar ics; }
  server { listen 127.0.0.1:18081; root $work/www; }
}
CONF
/usr/sbin/nginx -c "$work/nginx.conf" -g "daemon off;" &
nginx_pid=$!
sleep 0.5
rss() { awk '/VmRSS/{printf "%.1f MiB (%.1f MB)", $2/1024, $2*1024/1e6}' "/proc/$samplan_pid/status"; }
echo "idle RSS of samplan (after serving the feed once): $(rss)"
# Runs wrk, shows its latency lines, and keeps requests/s in $rps; wrk prints error lines only when
# there are errors, so their absence is stated.
load() {
  local out; out="$(wrk -t2 -c64 -d"${duration}s" --latency "$@")"
  echo "$out" | grep -E "Requests/sec|99%|Non-2xx|errors|Latency"
  echo "$out" | grep -qE "Non-2xx|errors" || echo "    no socket errors, no non-2xx responses"
  rps="$(echo "$out" | awk '/Requests\/sec/{print $2}')"
}
echo "== (a) samplan, 200 responses ($(stat -c %s "$work/all.ics") bytes)"
load "$url"; full="$rps"
echo "== (b) samplan, 304 responses"
load -H "If-None-Match: $etag" "$url"
echo "== (c) nginx, the same bytes as a static file"
load http://127.0.0.1:18081/all.ics; static="$rps"
echo "(a)/(c) = $(awk -v a="$full" -v c="$static" 'BEGIN{printf "%.2f", a/c}') (goal >= 0.8)"
# A soak on few, busy keep-alive connections: what a connection keeps per request it is answered
# shows here as growth (issue 11), which the 64-connection runs above are too short to show.
# Samples at 10 s intervals while wrk runs (it runs a second longer so that the last one is under
# load too); the growth is from the first sample, after warm-up, to the last.
rss_kib() { awk '/VmRSS/{print $2}' "/proc/$samplan_pid/status"; }
soak() {
  local seconds=60 samples=() out
  wrk -t1 -c4 -d"$((seconds + 1))s" "$@" >"$work/soak.out" &
  local wrk_pid=$!
  for t in $(seq 10 10 "$seconds"); do
    sleep 10
    samples+=("$(rss_kib)")
    echo "    ${t} s: $(rss)"
  done
  wait "$wrk_pid"
  out="$(cat "$work/soak.out")"
  echo "$out" | grep -E "Requests/sec|Non-2xx|errors"
  echo "    RSS growth from 10 s to ${seconds} s: $(awk -v a="${samples[0]}" -v b="${samples[-1]}" 'BEGIN{printf "%+.1f MiB", (b-a)/1024}')"
}
echo "== soak, 4 connections, 200 responses (RSS before: $(rss))"
soak "$url"
echo "== soak, 4 connections, 304 responses (RSS before: $(rss))"
soak -H "If-None-Match: $etag" "$url"
echo "== reload under load (a changed file and SIGHUP every second: a new configuration is swapped in each time)"
( for i in $(seq "$duration"); do sleep 1; echo "# reload $i" >> "$work/config/bodies.yaml"; kill -HUP "$samplan_pid"; done ) &
reloader=$!
load "$url"
wait "$reloader"
echo "reloads installed: $(curl -fs http://127.0.0.1:18080/metrics | awk '/^samplan_reloads_total\{result="installed"\}/{print $2}')"
echo "RSS after load: $(rss)"
