#!/usr/bin/env bash
# POST benchmark on loopback (wrk): valid follow-up forms posted to the personal pages of every
# responsible person of config/knivsta (Benchmarks/followups.lua) while the all-bodies feed is served.
# Reports the feed's throughput alone, the POSTs' throughput and p99 alone (as fast as 8 connections
# can post), then the feed while POSTs arrive at a fixed rate (8 connections, each pausing 160 ms:
# about 40 a second, hundreds of times what the per-token limit allows all of Knivsta's responsible people
# together); no request may fail (every POST a 303, every feed a 200) and the feed's throughput under
# that POST load may not drop by more than 20%. The daemon runs as of 29 April 2024 with the per-token limit raised
# (SAMPLAN_POST_LIMIT), so every POST is a real, stored follow-up. Installs wrk when missing.
# Usage: Benchmarks/followups.sh [SECONDS] [BINARY]   (BINARY: default, a release build)
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-15}"
command -v wrk >/dev/null || { sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"; $sudo apt-get install -y -qq wrk >/dev/null; }
if [ -n "${2:-}" ]; then
  bin="$2"
else
  swift build -c release --static-swift-stdlib --product samplan >/dev/null
  bin="$(swift build -c release --show-bin-path)/samplan"
fi
work="$(mktemp -d)"
cleanup() { kill "$samplan_pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
cp -r config/knivsta "$work/config"
# As of 29 April 2024 the minutes of later meetings are not written yet.
rm -f "$work"/config/minutes/{samrad-2024-05-09,tl-2024-09-24,tl-2024-11-19,tl-2024-12-24}.yaml
port=18090
base="http://127.0.0.1:$port"
sed -i "s|public_url: \"[^\"]*\"|public_url: \"$base\"|" "$work/config/samplan.yaml"
export SAMPLAN_NOW=1714392000
SAMPLAN_POST_LIMIT=100000000 "$bin" serve --config "$work/config" --state "$work/state" --listen "127.0.0.1:$port" 2>"$work/samplan.log" &
samplan_pid=$!
for _ in $(seq 100); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
# One form per activity of each responsible person, with the CSRF token their page gives.
: >"$work/forms"
for person in $(grep -ho 'responsible: *[a-z0-9-]*' config/knivsta/activities/*.yaml | awk '{print $2}' | sort -u); do
  page="$("$bin" token --config "$work/config" --state "$work/state" "$person" | tail -1)"
  path="${page#"$base"}"
  html="$(curl -fs "$base$path")"
  csrf="$(echo "$html" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
  for action in $(echo "$html" | grep -o 'action="[^"]*/followups"' | sed 's/action="//; s/"$//'); do
    printf '%s\tcsrf=%s&status=p%%C3%%A5g%%C3%%A5ende&text=Benchmark+%%C3%%A5%%C3%%A4%%C3%%B6+%s\n' "$action" "$csrf" "$person" >>"$work/forms"
  done
done
echo "forms: $(wc -l <"$work/forms") (activities of $(cut -f1 "$work/forms" | cut -d/ -f3 | sort -u | wc -l) people)"
feed="$base/calendars/all.ics"
curl -fs "$feed" >/dev/null
# wrk prints "Non-2xx or 3xx responses" and socket errors only when there are any.
run() {
  local out; out="$(wrk --latency "$@")"
  echo "$out" | grep -E "Requests/sec|  99%|Non-2xx|errors" | sed 's/^/    /'
  echo "$out" | grep -qE "Non-2xx|errors" && echo "    FAILED REQUESTS" || true
  echo "$out" | awk '/Requests\/sec/{print $2}' >"$work/rps"
}
echo "== feed alone (GET /calendars/all.ics, 2 threads, 32 connections, ${duration} s)"
run -t2 -c32 -d"${duration}s" "$feed"; alone="$(cat "$work/rps")"
echo "== POSTs alone (1 thread, 8 connections, ${duration} s)"
FORMS="$work/forms" ORIGIN="$base" run -t1 -c8 -d"${duration}s" -s Benchmarks/followups.lua "$base/"
echo "== feed while POSTs arrive at about 40/s (8 connections, 160 ms apart)"
DELAY_MS=160 FORMS="$work/forms" ORIGIN="$base" wrk --latency -t1 -c8 -d"$((duration + 2))s" -s Benchmarks/followups.lua "$base/" >"$work/posts.out" &
posts_pid=$!
sleep 1
run -t2 -c32 -d"${duration}s" "$feed"; loaded="$(cat "$work/rps")"
wait "$posts_pid"
echo "   the POSTs meanwhile:"
grep -E "Requests/sec|  99%|Non-2xx|errors" "$work/posts.out" | sed 's/^/    /'
echo "feed under POST load / alone = $(awk -v a="$loaded" -v b="$alone" 'BEGIN{printf "%.2f", a/b}') (goal >= 0.80)"
echo "follow-ups stored: $(curl -fs "$base/followups.json?token=$("$bin" token --config "$work/config" --state "$work/state" strateg | head -1 | sed 's|.*/||; s|\.ics$||')" | grep -c '"activity"')"
