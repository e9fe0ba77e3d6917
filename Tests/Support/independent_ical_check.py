#!/usr/bin/env python3
"""Reads iCalendar files with two parsers samplan does not use (Python `icalendar` and
`recurring_ical_events`) and prints, per file, the TZIDs without a VTIMEZONE and every event's
start as UTC seconds, as JSON. The Swift suite compares these with samplan's own schedule."""
import json
import sys
from datetime import datetime, timezone

import icalendar
import recurring_ical_events

result = {}
for path in sys.argv[1:]:
    with open(path, "rb") as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    starts = {}
    for event in recurring_ical_events.of(calendar, skip_bad_series=False).between(datetime(1900, 1, 1), datetime(2200, 1, 1)):
        start = event["DTSTART"].dt
        starts[str(event["UID"])] = int(start.astimezone(timezone.utc).timestamp())
    plain = {str(event["UID"]): int(event["DTSTART"].dt.astimezone(timezone.utc).timestamp()) for event in calendar.walk("VEVENT")}
    result[path] = {"missing_tzids": sorted(calendar.get_missing_tzids()), "starts": starts, "parsed": plain}
json.dump(result, sys.stdout, sort_keys=True)
