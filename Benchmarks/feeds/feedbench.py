#!/usr/bin/env python3
"""Builds the same calendar as feedbench.c with Python's `icalendar`, for comparison."""
import sys
import time
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import icalendar


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


rows = [[unescape(field) for field in line.rstrip("\n").split("\t")] for line in open(sys.argv[1], encoding="utf-8")]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
zone = ZoneInfo("Europe/Stockholm")
stamp = datetime.fromtimestamp(1795435200, timezone.utc)
times = []
size = 0
for _ in range(runs):
    start = time.perf_counter()
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//bench//Python//SV")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("name", "Bench")
    calendar.add_missing_timezones()
    for uid, begin, end, summary, location, description, url, categories in rows:
        event = icalendar.Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("created", stamp)
        event.add("last-modified", stamp)
        event.add("sequence", 3600000)
        event.add("dtstart", datetime.strptime(begin, "%Y%m%dT%H%M%S").replace(tzinfo=zone))
        event.add("dtend", datetime.strptime(end, "%Y%m%dT%H%M%S").replace(tzinfo=zone))
        event.add("summary", summary)
        event.add("location", location)
        event.add("description", description)
        event.add("url", url)
        for category in filter(None, categories.split("|")):
            event.add("categories", category)
        event.add("status", "CONFIRMED")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    size = len(calendar.to_ical())
    times.append((time.perf_counter() - start) * 1000)
print(f"Python icalendar: {len(rows)} events, {size} bytes, best {min(times):.1f} ms, mean {sum(times) / len(times):.1f} ms over {runs} runs")
