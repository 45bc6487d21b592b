"""SLA clocks: business time elapsed, due instants, state and threshold crossings, with pauses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from refdesk.rules.calendar import Calendar, add_business_time, business_time_between

__all__ = ["Pause", "SlaState", "crossings", "due_at", "elapsed", "evaluate"]

Pause = tuple[datetime, datetime | None]
"""A pause of the SLA clock from its start to its end; an end of None means still paused."""


@dataclass(frozen=True)
class SlaState:
    """Where one SLA stands: state is running, paused, warning, breached or met."""

    elapsed: timedelta
    target: timedelta
    due_at: datetime
    state: str
    percent: float


def _merged(pauses: Sequence[Pause], started: datetime) -> list[Pause]:
    """Pauses clipped to the start, sorted and merged; an open pause swallows what follows."""
    merged: list[Pause] = []
    for begin, end in sorted(pauses, key=lambda pause: pause[0]):
        if end is not None and end <= started:
            continue
        begin = max(begin, started)
        if merged and (merged[-1][1] is None or begin <= merged[-1][1]):
            merged[-1] = (merged[-1][0], _later(merged[-1][1], end))
        else:
            merged.append((begin, end))
    return merged


def _later(first: datetime | None, second: datetime | None) -> datetime | None:
    return None if first is None or second is None else max(first, second)


def elapsed(
    calendar: Calendar, started: datetime, now: datetime, pauses: Sequence[Pause]
) -> timedelta:
    """Business time from ``started`` to ``now``, less the business time spent paused."""
    total = business_time_between(calendar, started, now)
    for begin, end in _merged(pauses, started):
        stop = now if end is None else min(end, now)
        total -= business_time_between(calendar, begin, stop)
    return max(total, timedelta(0))


def _reached(
    calendar: Calendar,
    started: datetime,
    amount: timedelta,
    pauses: Sequence[Pause],
    open_is_endless: bool,
) -> datetime | None:
    """When ``amount`` of unpaused business time has run; None if an open pause comes first."""
    cursor, remaining = started, amount
    for begin, end in _merged(pauses, started):
        reached = add_business_time(calendar, cursor, remaining)
        if reached <= begin:
            return reached
        remaining -= business_time_between(calendar, cursor, begin)
        if end is None:
            return None if open_is_endless else add_business_time(calendar, begin, remaining)
        cursor = end
    return add_business_time(calendar, cursor, remaining)


def due_at(
    calendar: Calendar, started: datetime, target: timedelta, pauses: Sequence[Pause]
) -> datetime:
    """When the target is reached; an open pause counts as resumed at its start (show paused)."""
    due = _reached(calendar, started, target, pauses, open_is_endless=False)
    assert due is not None
    return due


def _is_paused(pauses: Sequence[Pause], at: datetime) -> bool:
    return any(end is None and begin <= at for begin, end in pauses)


def _state(reached_warning: bool, breached: bool, paused: bool, stopped: bool) -> str:
    if stopped:
        return "breached" if breached else "met"
    if breached:
        return "breached"
    if paused:
        return "paused"
    return "warning" if reached_warning else "running"


def evaluate(
    calendar: Calendar,
    started: datetime,
    target: timedelta,
    pauses: Sequence[Pause],
    now: datetime,
    warn_at: float = 0.75,
    stopped_at: datetime | None = None,
) -> SlaState:
    """The SLA at ``now`` (or as it stopped): breached once past due, which outranks paused."""
    at = now if stopped_at is None else stopped_at
    warning = _reached(calendar, started, target * warn_at, pauses, open_is_endless=True)
    breach = _reached(calendar, started, target, pauses, open_is_endless=True)
    spent = elapsed(calendar, started, at, pauses)
    state = _state(
        reached_warning=warning is not None and at >= warning,
        breached=breach is not None and at > breach,
        paused=_is_paused(pauses, at),
        stopped=stopped_at is not None,
    )
    percent = 100.0 * (spent / target) if target else 100.0
    return SlaState(spent, target, due_at(calendar, started, target, pauses), state, percent)


def crossings(
    calendar: Calendar,
    started: datetime,
    target: timedelta,
    pauses: Sequence[Pause],
    after: datetime,
    until: datetime,
    warn_at: float,
) -> list[tuple[datetime, str]]:
    """The warning and breach crossings, in time order, as time runs from ``after`` to ``until``."""
    # A breach is the first moment past due (as in evaluate): it is reported at the due
    # instant, and counts once ``until`` is past it, so consecutive windows fire it once.
    found: list[tuple[datetime, str]] = []
    warning = _reached(calendar, started, target * warn_at, pauses, open_is_endless=True)
    if warning is not None and after < warning <= until:
        found.append((warning, "warning"))
    breach = _reached(calendar, started, target, pauses, open_is_endless=True)
    if breach is not None and after <= breach < until:
        found.append((breach, "breach"))
    return sorted(found, key=lambda crossing: crossing[0])
