"""A group's upcoming meetings as an iCalendar file (RFC 5545), written by hand: it is small and fully tested.

The title of every entry is the group's signage wording and the location is the venue, because calendars show up on
lock screens and shared screens. Whatever would disclose what the group is about is left out (confidentiality rule 1).
"""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from portal.confidentiality import disclosing_terms_found

FILE_NAME = "meetings.ics"
NEUTRAL_TITLE = "Meeting"
PRODUCT_ID = "-//Peer Support Portal//Meetings//EN"


def escape_text(value: str) -> str:
    """TEXT values: backslash, semicolon, comma and line breaks are escaped (RFC 5545 §3.3.11)."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after CRLF and a space (RFC 5545 §3.1)."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts, current = [], b""
    for character in line:
        piece = character.encode("utf-8")
        limit = 75 if not parts else 74
        if len(current) + len(piece) > limit:
            parts.append(current.decode("utf-8"))
            current = b""
        current += piece
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def utc_stamp(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def _safe(text, fallback):
    # Signage and venue are checked when saved; the terms list may have grown since, so check again here.
    return fallback if disclosing_terms_found(text) else text


def meetings_calendar(group, venue, dates, now=None) -> str:
    now = now or timezone.now()
    zone = ZoneInfo(settings.TIME_ZONE)
    title = _safe(group.signage_wording, NEUTRAL_TITLE)
    location = _safe(venue.one_line, "") if venue else ""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for day in dates:
        start = datetime.datetime.combine(day, group.start_time, tzinfo=zone)
        end = datetime.datetime.combine(day, group.end_time, tzinfo=zone)
        lines += [
            "BEGIN:VEVENT",
            f"UID:meeting-{group.pk}-{day:%Y%m%d}@portal.invalid",
            f"DTSTAMP:{utc_stamp(now)}",
            f"DTSTART:{utc_stamp(start)}",
            f"DTEND:{utc_stamp(end)}",
            f"SUMMARY:{escape_text(title)}",
        ]
        if location:
            lines.append(f"LOCATION:{escape_text(location)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
