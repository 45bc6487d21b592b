"""Business-time arithmetic on working calendars: weekly local hours, holidays, or 24×7."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["Calendar", "add_business_days", "add_business_time", "business_time_between"]

_Span = tuple[datetime, datetime]


@dataclass(frozen=True)
class Calendar:
    """Local opening hours per weekday (0 = Monday); ``hours=None`` is 24×7, holidays aside."""

    name: str
    timezone: str
    hours: dict[int, tuple[time, time]] | None
    holidays: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"calendar {self.name}: unknown time zone {self.timezone!r}") from None
        if self.hours is None:
            return
        if not self.hours:
            raise ValueError(f"calendar {self.name}: no working day in its hours")
        for weekday, (opens, closes) in self.hours.items():
            if weekday not in range(7) or not opens < closes:
                raise ValueError(f"calendar {self.name}: bad hours for weekday {weekday}")

    @property
    def zone(self) -> ZoneInfo:
        """The calendar's time zone."""
        return ZoneInfo(self.timezone)

    def is_working_day(self, day: date) -> bool:
        """True if the local date has opening hours and is not a holiday (always, for 24×7)."""
        if self.hours is None:
            return True
        return day.weekday() in self.hours and day not in self.holidays


def _utc(instant: datetime) -> datetime:
    if instant.utcoffset() is None:
        raise ValueError(f"{instant.isoformat()} has no time zone; use an aware datetime")
    return instant.astimezone(UTC)


def _day_span(calendar: Calendar, day: date) -> _Span | None:
    # Hours are wall-clock local times; converting each bound to UTC makes a DST day's
    # opening as long in real time as it really is.
    if calendar.hours is None or not calendar.is_working_day(day):
        return None
    opens, closes = calendar.hours[day.weekday()]
    zone = calendar.zone
    return (
        _utc(datetime.combine(day, opens, tzinfo=zone)),
        _utc(datetime.combine(day, closes, tzinfo=zone)),
    )


def _openings(calendar: Calendar, start: datetime) -> Iterator[_Span]:
    """Opening spans in UTC from ``start`` on, the first one clipped to it; endless."""
    day = start.astimezone(calendar.zone).date()
    while True:
        span = _day_span(calendar, day)
        if span is not None and span[1] > start:
            yield max(span[0], start), span[1]
        day += timedelta(days=1)


def add_business_time(calendar: Calendar, start: datetime, duration: timedelta) -> datetime:
    """The instant ``duration`` of business time after ``start``; may land on a closing time."""
    if duration < timedelta(0):
        raise ValueError(f"duration must not be negative, got {duration}")
    if calendar.hours is None or not duration:
        return (_utc(start) + duration).astimezone(start.tzinfo)
    remaining = duration
    for opens, closes in _openings(calendar, _utc(start)):
        if remaining <= closes - opens:
            return (opens + remaining).astimezone(start.tzinfo)
        remaining -= closes - opens
    raise AssertionError("unreachable: openings never end")


def business_time_between(calendar: Calendar, start: datetime, end: datetime) -> timedelta:
    """Business time from ``start`` to ``end``; zero if ``end`` is not after ``start``."""
    first, last = _utc(start), _utc(end)
    if last <= first:
        return timedelta(0)
    if calendar.hours is None:
        return last - first
    total = timedelta(0)
    for opens, closes in _openings(calendar, first):
        if opens >= last:
            return total
        total += min(closes, last) - opens
    raise AssertionError("unreachable: openings never end")


def add_business_days(calendar: Calendar, start: datetime, days: int) -> datetime:
    """The same local time on the ``days``-th next working day (plain days for 24×7)."""
    if days < 0:
        raise ValueError(f"days must not be negative, got {days}")
    local = start.astimezone(calendar.zone)
    day = local.date()
    for _ in range(days):
        day += timedelta(days=1)
        while not calendar.is_working_day(day):
            day += timedelta(days=1)
    return datetime.combine(day, local.time(), tzinfo=calendar.zone).astimezone(start.tzinfo)
