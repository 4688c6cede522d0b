"""iCalendar (RFC 5545) text for meetings: the public feed and each member's personal one."""

from django.utils import timezone


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _utc(value) -> str:
    from datetime import UTC

    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def render_calendar(meetings, *, name: str, url_for, host: str) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Landkreis Helmstedt//Strategiemanagement//DE",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_escape(name)}",
    ]
    now = _utc(timezone.now())
    for meeting in meetings:
        status = "CANCELLED" if meeting.state == "abgesagt" else "CONFIRMED"
        lines += [
            "BEGIN:VEVENT",
            f"UID:meeting-{meeting.pk}@{host}",
            f"DTSTAMP:{now}",
            f"DTSTART:{_utc(meeting.start)}",
        ]
        if meeting.end:
            lines.append(f"DTEND:{_utc(meeting.end)}")
        lines += [f"SUMMARY:{_escape(str(meeting))}", f"STATUS:{status}", f"URL:{url_for(meeting)}"]
        if meeting.location:
            lines.append(f"LOCATION:{_escape(str(meeting.location) + ', ' + meeting.location.address)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"
