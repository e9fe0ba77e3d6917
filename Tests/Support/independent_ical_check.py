#!/usr/bin/env python3
"""Reads iCalendar files with four parsers samplan does not use (Python `icalendar`,
`recurring_ical_events`, `ical` and `icalevents`) and prints, per file, the TZIDs without a
VTIMEZONE and, per parser, every event's start as UTC seconds and its categories, as JSON. The
Swift suite compares these with samplan's own schedule.

A parser that raises on a file is reported under "errors" (the whole feed is lost to its users, so
the suite must say which parser and why), and one that is not installed under "unavailable"."""
import json
import sys
from datetime import datetime, timezone

import icalendar
import recurring_ical_events

try:
    from ical.calendar_stream import IcsCalendarStream
except ImportError:
    IcsCalendarStream = None
try:
    from icalevents.icalevents import events as icalevents_events
except ImportError:
    icalevents_events = None

EARLIEST = datetime(1900, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(2200, 1, 1, tzinfo=timezone.utc)


def utc_seconds(moment):
    return int(moment.astimezone(timezone.utc).timestamp())


def read_icalendar(text):
    calendar = icalendar.Calendar.from_ical(text)
    starts, categories = {}, {}
    for event in calendar.walk("VEVENT"):
        uid = str(event["UID"])
        starts[uid] = utc_seconds(event["DTSTART"].dt)
        categories[uid] = [str(value) for value in event.categories]
    return calendar, {"starts": starts, "categories": categories}


def read_recurring(calendar):
    starts = {}
    for event in recurring_ical_events.of(calendar, skip_bad_series=False).between(EARLIEST, LATEST):
        starts[str(event["UID"])] = utc_seconds(event["DTSTART"].dt)
    return {"starts": starts}


def read_ical(text):
    calendar = IcsCalendarStream.calendar_from_ics(text)
    return {
        "starts": {event.uid: utc_seconds(event.dtstart) for event in calendar.events},
        "categories": {event.uid: list(event.categories) for event in calendar.events},
    }


def read_icalevents(text):
    found = icalevents_events(string_content=text.encode("utf-8"), start=EARLIEST, end=LATEST)
    return {
        "starts": {event.uid: utc_seconds(event.start) for event in found},
        "categories": {event.uid: list(event.categories or []) for event in found},
    }


result = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8", newline="") as handle:
        text = handle.read()
    report = {"missing_tzids": [], "parsers": {}, "errors": {}, "unavailable": []}
    try:
        calendar, report["parsers"]["icalendar"] = read_icalendar(text)
        report["missing_tzids"] = sorted(calendar.get_missing_tzids())
        report["parsers"]["recurring_ical_events"] = read_recurring(calendar)
    except Exception as error:  # noqa: BLE001 - any failure is a finding to report
        report["errors"]["icalendar"] = f"{type(error).__name__}: {error}"
    for name, available, reader in [
        ("ical", IcsCalendarStream is not None, read_ical),
        ("icalevents", icalevents_events is not None, read_icalevents),
    ]:
        if not available:
            report["unavailable"].append(name)
            continue
        try:
            report["parsers"][name] = reader(text)
        except Exception as error:  # noqa: BLE001
            report["errors"][name] = f"{type(error).__name__}: {error}"
    result[path] = report
json.dump(result, sys.stdout, sort_keys=True)
