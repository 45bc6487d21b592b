"""Small typed values in the YAML: durations, times of day, dates, flags, numbers."""

from __future__ import annotations

import re
from datetime import date, time, timedelta

from refdesk.config.node import Node, describe

__all__ = ["DAYS", "boolean", "count", "day", "duration", "fraction", "hours_range", "texts"]

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DURATION = re.compile(r"(\d+)\s*([mhd])")
_UNITS = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1)}
_RANGE = re.compile(r"(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})")


def duration(node: Node, day_length: timedelta = timedelta(days=1)) -> timedelta:
    """A duration such as 15m, 4h or 3d (a day is one working day of the calendar)."""
    value = node.value if isinstance(node.value, str) else str(node.value)
    found = _DURATION.fullmatch(value.strip())
    if not found or int(found.group(1)) == 0:
        node.fail(f"{node.value!r} is not a duration such as 30m, 4h or 3d")
    unit = day_length if found.group(2) == "d" else _UNITS[found.group(2)]
    return int(found.group(1)) * unit


def hours_range(node: Node) -> tuple[time, time]:
    """Working hours of one day, e.g. '09:00-17:00'."""
    found = _RANGE.fullmatch(str(node.value).strip())
    try:
        start = time(int(found.group(1)), int(found.group(2)))
        end = time(int(found.group(3)), int(found.group(4)))
    except (AttributeError, ValueError):
        node.fail(f"{node.value!r} is not a range of hours such as 09:00-17:00")
    if end <= start:
        node.fail("the end of the working hours must be after their start")
    return start, end


def day(node: Node) -> date:
    """A calendar date, e.g. 2025-12-25."""
    if isinstance(node.value, date):
        return node.value
    try:
        return date.fromisoformat(str(node.value))
    except ValueError:
        node.fail(f"{node.value!r} is not a date such as 2025-12-25")


def boolean(node: Node) -> bool:
    """true or false."""
    if not isinstance(node.value, bool):
        node.fail(f"expected true or false, got {describe(node.value)}")
    return node.value


def count(node: Node, minimum: int = 0) -> int:
    """A whole number at least ``minimum``."""
    value = node.value
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        node.fail(f"expected a whole number of at least {minimum}, got {value!r}")
    return value


def fraction(node: Node) -> float:
    """A number between 0 and 1 (exclusive), or a percentage such as 75%."""
    value = node.value
    if isinstance(value, str) and value.strip().endswith("%"):
        value = _number(value.strip()[:-1]) / 100 if _number(value.strip()[:-1]) else None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 1:
        node.fail(f"expected a fraction between 0 and 1 such as 0.75, got {node.value!r}")
    return float(value)


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def texts(node: Node, *, non_empty: bool = False) -> tuple[str, ...]:
    """A list of non-empty texts."""
    return tuple(item.text() for item in node.sequence(non_empty=non_empty))
