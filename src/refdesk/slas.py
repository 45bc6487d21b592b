"""The SLA clocks of an incident: response and resolution, on the priority's calendar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from refdesk.config import DeskConfig
from refdesk.config.extras import DEFAULT_CALENDAR, DEFAULT_TARGET, CalendarSpec
from refdesk.models import Incident
from refdesk.rules.calendar import Calendar
from refdesk.rules.sla import Pause, crossings, evaluate

__all__ = [
    "KINDS",
    "SlaClock",
    "calendar_of",
    "clocks",
    "close_pause",
    "open_pause",
    "pauses_of",
    "sla_json",
]

KINDS = ("response", "resolution")


@dataclass(frozen=True)
class SlaClock:
    """One SLA of one incident, ready for the pure SLA rules."""

    kind: str
    calendar: Calendar
    started: datetime
    target: timedelta
    pauses: list[Pause]
    stopped_at: datetime | None

    def state(self, now: datetime, warn_at: float) -> Any:
        """The SLA state at an instant."""
        return evaluate(self.calendar, self.started, self.target, self.pauses, now, warn_at,
                        self.stopped_at)

    def crossings(self, after: datetime, until: datetime, warn_at: float) -> list:
        """Warning and breach instants in (after, until], none once the clock has stopped."""
        if self.stopped_at is not None:
            return []
        return crossings(self.calendar, self.started, self.target, self.pauses, after, until,
                         warn_at)


def calendar_of(config: DeskConfig, name: str) -> Calendar:
    """The pure-rule calendar of a configured calendar name."""
    spec: CalendarSpec = config.calendars.get(name, DEFAULT_CALENDAR)
    return Calendar(spec.name, spec.timezone, spec.hours, spec.holidays)


def pauses_of(incident: Incident) -> list[Pause]:
    """The incident's pauses as instants."""
    return [(datetime.fromisoformat(start), datetime.fromisoformat(end) if end else None)
            for start, end in incident.pauses or []]


def open_pause(incident: Incident, now: datetime) -> None:
    """Start a pause of the SLA clocks, unless one is open."""
    if not incident.pauses or incident.pauses[-1][1] is not None:
        incident.pauses = [*incident.pauses, [now.isoformat(), None]]


def close_pause(incident: Incident, now: datetime) -> None:
    """End the open pause, if any."""
    if incident.pauses and incident.pauses[-1][1] is None:
        incident.pauses = [*incident.pauses[:-1], [incident.pauses[-1][0], now.isoformat()]]


def clocks(config: DeskConfig, incident: Incident) -> list[SlaClock]:
    """The response and resolution clocks of an incident."""
    target = config.sla.targets.get(incident.priority, DEFAULT_TARGET)
    calendar, pauses = calendar_of(config, target.calendar), pauses_of(incident)
    stops = {"response": incident.responded_at, "resolution": incident.resolved_at}
    amounts = {"response": target.response, "resolution": target.resolution}
    return [SlaClock(kind, calendar, incident.opened_at, amounts[kind], pauses,
                     stops[kind] or incident.closed_at) for kind in KINDS]


def _minutes(delta: timedelta) -> float:
    return round(delta.total_seconds() / 60, 1)


def sla_json(config: DeskConfig, incident: Incident, now: datetime) -> list[dict[str, Any]]:
    """The API view of both SLAs at an instant."""
    views = []
    for clock in clocks(config, incident):
        state = clock.state(now, config.sla.warn_at)
        views.append({
            "kind": clock.kind, "target_minutes": _minutes(clock.target),
            "due_at": state.due_at.isoformat() if state.due_at else None,
            "elapsed_minutes": _minutes(state.elapsed), "state": state.state,
            "percent": round(state.percent, 1), "calendar": clock.calendar.name,
        })
    return views
