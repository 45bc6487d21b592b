"""Incidents: log them with category and priority, number them, find them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from refdesk.config import DeskConfig
from refdesk.models import Counter, Incident, User
from refdesk.rules import categorise, priority_for
from refdesk.schemas import REQUIRED
from refdesk.users import STAFF_ROLES

__all__ = [
    "FIRST_NUMBER",
    "FieldProblems",
    "NewIncident",
    "can_read",
    "check_fields",
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
    custom: dict[str, str] = field(default_factory=dict)


class FieldProblems(Exception):
    """Form fields that are missing or wrong, by field name."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(", ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors
        self.status = 422
        self.detail = "; ".join(f"{k}: {v}" for k, v in errors.items())


def check_fields(config: DeskConfig, path: str, new: NewIncident) -> None:
    """Refuse missing mandatory fields and values outside a custom field's choices."""
    form, errors = config.form(path), {}
    required = {*form.mandatory, *(f.name for f in form.custom if f.required)}
    names = {spec.name: spec.label for spec in form.custom}
    for name in sorted(required):
        value = new.description if name == "description" else new.custom.get(name, "")
        if not str(value).strip():
            key = name if name == "description" else f"custom.{name}"
            errors[key] = f"{names[name]} is required." if name in names else REQUIRED
    for spec in form.custom:
        value = new.custom.get(spec.name)
        if value and spec.choices and value not in spec.choices:
            errors[f"custom.{spec.name}"] = f"must be one of: {', '.join(spec.choices)}"
    if errors:
        raise FieldProblems(errors)


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
    check_fields(config, routing.path, new)
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
        custom=dict(new.custom),
        pauses=[],
        fired=[],
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
        "assignee": incident.assignee.username if incident.assignee else None,
        "hold_reason": incident.hold_reason,
        "resolution_code": incident.resolution_code,
        "resolution_notes": incident.resolution_notes,
        "kb_article": incident.kb_article,
        "major_incident": incident.major_incident,
        "parent": incident.parent,
        "custom": dict(incident.custom or {}),
        "resolved_at": _iso(incident.resolved_at),
        "closed_at": _iso(incident.closed_at),
        "survey": _survey(incident),
    }


def _iso(instant: datetime | None) -> str | None:
    return instant.isoformat() if instant else None


def _survey(incident: Incident) -> dict[str, Any] | None:
    if incident.survey_score is None:
        return None
    return {"score": incident.survey_score, "comment": incident.survey_comment}
