"""What the incident pages show: details, SLA, timeline and the choices of each form."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from refdesk.incidents import find_incident
from refdesk.kb import find_article
from refdesk.models import Group, Incident, User
from refdesk.rules.permissions import can_read_incident
from refdesk.rules.workflow import HOLD_REASONS, STATES
from refdesk.slas import clocks
from refdesk.timeline import entries
from refdesk.users import STAFF_ROLES
from refdesk.work import Work

__all__ = ["PageRefused", "incident_view", "readable_incident"]


class PageRefused(Exception):
    """A page action refused: the page is shown again with the reason as an alert."""


def readable_incident(work: Work, number: str, user: User) -> Incident:
    """The incident if the user may read it (404 or 403 error page otherwise)."""
    from fastapi import HTTPException

    incident = find_incident(work.session, number)
    if incident is None:
        raise HTTPException(404, f"There is no incident {number}.")
    if not can_read_incident(work.desk.permissions, user.role, user.username,
                             incident.caller.username):
        raise HTTPException(403, "You can only see incidents you reported.")
    return incident


def _choices(work: Work) -> dict[str, Any]:
    staff = work.session.scalars(select(User).where(User.role.in_(STAFF_ROLES))
                                 .order_by(User.username))
    states = list(dict.fromkeys([*STATES, *(t.target for t in work.desk.transitions)]))
    return {
        "groups": [g.name for g in work.session.scalars(select(Group).order_by(Group.name))],
        "agents": [(u.username, u.full_name) for u in staff],
        "states": [s for s in states if s != "Resolved"],
        "hold_reasons": list(work.config.workflow.get("hold_reasons", HOLD_REASONS)),
        "codes": list(work.config.closure.resolution_codes),
    }


def incident_view(work: Work, incident: Incident, user: User) -> dict[str, Any]:
    """The template context of an incident page."""
    staff = user.role in STAFF_ROLES
    resolution = clocks(work.config, incident)[1].state(work.now, work.config.sla.warn_at)
    article = find_article(work.session, incident.kb_article) if incident.kb_article else None
    return {
        "incident": incident,
        "priority_label": work.config.priority.labels.get(incident.priority, incident.priority),
        "sla": resolution,
        "timeline": entries(work, incident.number, internal=staff),
        "article": article,
        "staff": staff,
        **(_choices(work) if staff else {}),
    }
