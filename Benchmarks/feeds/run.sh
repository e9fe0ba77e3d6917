#!/usr/bin/env bash
# Feed rendering benchmark: samplan against libical from C (the floor) and Python icalendar, on the
# same ~3,000 events (200 bodies × 3 years, agenda descriptions). Run from the package root:
#     Benchmarks/feeds/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/setup
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
swift build -c release --static-swift-stdlib --product samplan-bench >/dev/null
cc Benchmarks/feeds/feedbench.c $(pkg-config --cflags --libs libical) -O2 -o "$work/feedbench"
.build/release/samplan-bench --feeds-only --export "$work/events.tsv"
"$work/feedbench" "$work/events.tsv" 7
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "import icalendar" 2>/dev/null; then
  python3 -m venv .venv && .venv/bin/pip install --quiet icalendar recurring_ical_events
fi
.venv/bin/python Benchmarks/feeds/feedbench.py "$work/events.tsv" 3
