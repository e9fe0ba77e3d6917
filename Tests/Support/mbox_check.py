#!/usr/bin/env python3
"""Reads an mbox with Python's own `mailbox` and `email` packages and every calendar part with
`icalendar` and `recurring_ical_events`, and prints what a mail client would see, as JSON: the
decoded headers, the MIME structure, the text parts, and per calendar part its `method` parameter,
METHOD, UID, SEQUENCE, STATUS, DTSTART (UTC seconds) as both parsers read it, ORGANIZER and ATTENDEEs.
samplan's Swift suite compares these with the schedule and the feeds."""
import email.policy
import json
import mailbox
import sys
from datetime import datetime, timezone

import icalendar
import recurring_ical_events

EARLIEST = datetime(1900, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(2200, 1, 1, tzinfo=timezone.utc)


def utc_seconds(moment):
    return int(moment.astimezone(timezone.utc).timestamp())


def read_calendar(part):
    text = part.get_content()
    calendar = icalendar.Calendar.from_ical(text)
    events = list(calendar.walk("VEVENT"))
    event = events[0]
    attendees = event.get("ATTENDEE", [])
    if not isinstance(attendees, list):
        attendees = [attendees]
    recurring = [utc_seconds(e["DTSTART"].dt) for e in recurring_ical_events.of(calendar).between(EARLIEST, LATEST)]
    return {
        "part_method": part.get_param("method"),
        "charset": part.get_content_charset(),
        "method": str(calendar.get("METHOD")),
        "events": len(events),
        "uid": str(event["UID"]),
        "sequence": int(event["SEQUENCE"]),
        "status": str(event.get("STATUS")),
        "dtstart": utc_seconds(event["DTSTART"].dt),
        "recurring_starts": recurring,
        "organizer": str(event.get("ORGANIZER")),
        "attendees": [
            {"address": str(a), "rsvp": a.params.get("RSVP"), "partstat": a.params.get("PARTSTAT"), "role": a.params.get("ROLE")}
            for a in attendees
        ],
        "missing_tzids": sorted(calendar.get_missing_tzids()) if hasattr(calendar, "get_missing_tzids") else [],
    }


def read(message):
    out = {
        "from": str(message["From"]),
        "to": str(message["To"]),
        "subject": str(message["Subject"]),
        "date": str(message["Date"]),
        "message_id": str(message["Message-ID"]),
        "mime_version": str(message["MIME-Version"]),
        "content_type": message.get_content_type(),
        "alternative": [],
        "text": None,
        "html": None,
        "calendars": [],
        "attachments": [],
        "defects": [str(d) for d in message.defects],
    }
    for part in message.walk():
        if part.get_content_type() == "multipart/alternative":
            out["alternative"] = [p.get_content_type() for p in part.iter_parts()]
        if part.is_multipart():
            continue
        if part.get_filename():
            out["attachments"].append(part.get_filename())
            continue
        kind = part.get_content_type()
        if kind == "text/plain":
            out["text"] = part.get_content()
        elif kind == "text/html":
            out["html"] = part.get_content()
        elif kind == "text/calendar":
            out["calendars"].append(read_calendar(part))
    return out


def main():
    box = mailbox.mbox(sys.argv[1], factory=lambda f: email.message_from_binary_file(f, policy=email.policy.default), create=False)
    print(json.dumps([read(message) for message in box], ensure_ascii=False))


main()
