"""Run every rule that comes due between two instants, in time order."""

from __future__ import annotations

import heapq
from datetime import datetime, timedelta

from sqlalchemy import select

from refdesk.escalate import auto_close, remind, sla_crossed
from refdesk.models import Group, Incident, Major
from refdesk.rules.calendar import add_business_days
from refdesk.runtime import Runtime
from refdesk.slas import calendar_of, clocks
from refdesk.work import Work

__all__ = ["advance"]

_FINAL = ("Closed", "Cancelled")
Event = tuple[datetime, int, str, int, str, str]  # at, order, table, id, kind, what


def _incident_events(work: Work, incident: Incident, after: datetime,
                     until: datetime) -> list[Event]:
    if incident.state in _FINAL:
        return []
    warn_at, found = work.config.sla.warn_at, []
    for clock in clocks(work.config, incident):
        for at, crossing in clock.crossings(after, until, warn_at):
            found.append((at, 1, "incident", incident.id, clock.kind, crossing))
    closing = _auto_close_at(work, incident)
    if closing is not None and after < closing <= until:
        found.append((closing, 2, "incident", incident.id, "close", ""))
    return found


def _auto_close_at(work: Work, incident: Incident) -> datetime | None:
    closure = work.config.closure
    if incident.state != "Resolved" or incident.resolved_at is None:
        return None
    return add_business_days(calendar_of(work.config, closure.calendar), incident.resolved_at,
                             closure.auto_close_days)


def _major_events(work: Work, major: Major, after: datetime, until: datetime) -> list[Event]:
    if major.state != "Open" or major.next_update_due is None:
        return []
    every: timedelta = work.config.major_incident.update_every
    at = major.next_update_due + major.reminders * every
    return [(at, 0, "major", major.id, "remind", "")] if after < at <= until else []


def _events(work: Work, table: str, row: object, after: datetime,
            until: datetime) -> list[Event]:
    if table == "major":
        return _major_events(work, row, after, until)
    return _incident_events(work, row, after, until)


def _apply(work: Work, row: object, kind: str, what: str) -> None:
    if kind == "remind":
        remind(work, row)
    elif kind == "close":
        auto_close(work, row)
    else:
        sla_crossed(work, row, kind, what)


def _seed(work: Work, after: datetime, until: datetime) -> tuple[list[Event], dict]:
    heap: list[Event] = []
    # Holding the rows keeps them in the session's (weak) identity map for the whole run.
    rows: dict[tuple[str, int], object] = {}
    open_incidents = select(Incident).where(Incident.state.not_in(_FINAL))
    for incident in work.session.scalars(open_incidents):
        rows["incident", incident.id] = incident
        heap += _events(work, "incident", incident, after, until)
    for major in work.session.scalars(select(Major).where(Major.state == "Open")):
        rows["major", major.id] = major
        heap += _events(work, "major", major, after, until)
    for group in work.session.scalars(select(Group)):
        rows["group", 0, group.name] = group
    heapq.heapify(heap)
    return heap, rows


def _key(event: Event) -> tuple:
    return event[0], event[2], event[3], event[4], event[5]


def advance(desk: Runtime, after: datetime, until: datetime) -> int:
    """Apply every SLA crossing, escalation, auto-close and reminder in (after, until]."""
    with desk.work(until) as work:
        heap, rows = _seed(work, after, until)
        queued = {_key(e) for e in heap}
        # Rules only read what they wrote through the loaded rows; flush once at the end.
        with work.session.no_autoflush:
            applied = _run(work, heap, rows, queued, until)
        work.now = until
    return applied


def _run(work: Work, heap: list[Event], rows: dict, queued: set, until: datetime) -> int:
    applied = 0
    while heap:
        at, _, table, row_id, kind, what = heapq.heappop(heap)
        row = rows[table, row_id]
        work.now = at
        _apply(work, row, kind, what)
        applied += 1
        # A change may move this record's later events: queue the ones not yet queued.
        for later in _events(work, table, row, at, until):
            if _key(later) not in queued:
                queued.add(_key(later))
                heapq.heappush(heap, later)
    return applied
