"""Time in the words a tester writes: 'Friday 14 March 2025 at 16:00', '3 hours'."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

__all__ = ["add_working_days", "parse_duration", "parse_instant"]

_INSTANT = re.compile(
    r"^(?:(?P<weekday>[A-Za-z]+)\s+)?(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]+)\s+(?P<year>\d{4})"
    r"\s+at\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})$"
)
_DURATION = re.compile(r"^(?P<count>\d+)\s+(?P<unit>minute|hour|day|week)s?$")


def parse_instant(text: str, zone: str = "Europe/London") -> datetime:
    """Parse 'Friday 14 March 2025 at 16:00' as an aware datetime in `zone`."""
    match = _INSTANT.match(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a time: write it as 'Friday 14 March 2025 at 16:00'")
    parts = match.groupdict()
    stamp = f"{parts['day']} {parts['month']} {parts['year']} {parts['hour']}:{parts['minute']}"
    when = datetime.strptime(stamp, "%d %B %Y %H:%M").replace(tzinfo=ZoneInfo(zone))
    weekday = parts["weekday"]
    if weekday and weekday.lower() != when.strftime("%A").lower():
        raise ValueError(f"{text!r}: that day is a {when:%A}, not a {weekday}")
    return when


def parse_duration(text: str) -> timedelta:
    """Parse '3 hours', '1 day', '45 minutes' as a timedelta."""
    match = _DURATION.match(text.strip().lower())
    if not match:
        raise ValueError(f"{text!r} is not a duration: write it as '3 hours' or '2 days'")
    count, unit = int(match["count"]), match["unit"]
    return timedelta(**{f"{unit}s": count})


def add_working_days(start: datetime, days: int) -> datetime:
    """The same local time `days` working days (Monday to Friday) later."""
    when = start
    while days > 0:
        when += timedelta(days=1)
        days -= when.weekday() < 5
    return when
