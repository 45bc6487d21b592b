"""Incidents: log them with category and priority, number them, find them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from refdesk.config import DeskConfig
from refdesk.models import Counter, Incident, User
from refdesk.rules import categorise, priority_for
from refdesk.users import STAFF_ROLES

__all__ = [
    "FIRST_NUMBER",
    "NewIncident",
    "can_read",
    "find_incident",
    "incident_json",
    "incidents_for",
    "open_incident",
    "reset_numbering",
]

FIRST_NUMBER = 1000
_COUNTER = "incident"
_NUMBER = re.compile(r"INC(\d{7,})")


@dataclass(frozen=True)
class NewIncident:
    """What a caller reports."""

    summary: str
    description: str
    impact: int
    urgency: int


def reset_numbering(session: Session) -> None:
    """Make the next incident number INC0001000 if no counter exists yet."""
    if session.get(Counter, _COUNTER) is None:
        session.add(Counter(name=_COUNTER, value=FIRST_NUMBER - 1))
        session.flush()


def _next_number(session: Session) -> str:
    # One UPDATE ... RETURNING takes the row lock, so concurrent requests never share a number.
    bump = update(Counter).where(Counter.name == _COUNTER).values(value=Counter.value + 1)
    value = session.execute(bump.returning(Counter.value)).scalar_one()
    return f"INC{value:07d}"


def open_incident(
    session: Session, config: DeskConfig, caller: User, new: NewIncident, now: datetime
) -> Incident:
    """Log a new incident: categorise, prioritise, number and store it."""
    routing = categorise(config.categories, config.default_category, new.summary, new.description)
    incident = Incident(
        number=_next_number(session),
        summary=new.summary,
        description=new.description,
        caller=caller,
        category=routing.category,
        subcategory=routing.subcategory,
        assignment_group=routing.group,
        impact=new.impact,
        urgency=new.urgency,
        priority=priority_for(config.priority, new.impact, new.urgency),
        state="New",
        opened_at=now,
    )
    session.add(incident)
    session.flush()
    return incident


def find_incident(session: Session, number: str) -> Incident | None:
    """The incident with this number (e.g. INC0001000), or None."""
    if not _NUMBER.fullmatch(number):
        return None
    return session.scalars(select(Incident).where(Incident.number == number)).first()


def can_read(user: User, incident: Incident) -> bool:
    """Staff read every incident; a caller reads only their own."""
    return user.role in STAFF_ROLES or incident.caller_id == user.id


def incidents_for(session: Session, viewer: User, *, own_only: bool = False) -> list[Incident]:
    """The incidents a user may see, newest first (only their own if asked or a caller)."""
    query = select(Incident).order_by(Incident.id.desc())
    if own_only or viewer.role not in STAFF_ROLES:
        query = query.where(Incident.caller_id == viewer.id)
    return list(session.scalars(query))


def incident_json(incident: Incident, config: DeskConfig) -> dict[str, Any]:
    """The API view of an incident."""
    return {
        "number": incident.number,
        "summary": incident.summary,
        "description": incident.description,
        "caller": incident.caller.username,
        "category": incident.category,
        "subcategory": incident.subcategory,
        "assignment_group": incident.assignment_group,
        "impact": incident.impact,
        "urgency": incident.urgency,
        "priority": incident.priority,
        "priority_label": config.priority.labels.get(incident.priority, incident.priority),
        "state": incident.state,
        "opened_at": incident.opened_at.isoformat(),
    }
