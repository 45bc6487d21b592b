"""Report, read and re-prioritise incidents; their SLAs and timelines."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Response

from refdesk.actions import report_incident
from refdesk.api.deps import Visitor, load_incident, permit
from refdesk.bodies import IncidentOnBehalf, IncidentPatch
from refdesk.deps import Desk
from refdesk.incidents import NewIncident, incident_json, incidents_for
from refdesk.lifecycle import reprioritise
from refdesk.models import User
from refdesk.rules.permissions import allowed
from refdesk.slas import sla_json
from refdesk.timeline import entries, entry_json
from refdesk.users import find_user

__all__ = ["router"]

router = APIRouter(tags=["incidents"])
Creator = Annotated[User, permit("incident.create")]
Updater = Annotated[User, permit("incident.update")]


def _on_behalf(desk: Desk, user: User, caller: str | None) -> User:
    if caller is None or caller == user.username:
        return user
    if not allowed(desk.permissions, user.role, "incident.read_all"):
        raise HTTPException(403, "Only agents may report an incident on behalf of a caller")
    with desk.db.session() as session:
        found = find_user(session, caller)
    if found is None:
        raise HTTPException(422, f"There is no user {caller}")
    return found


@router.post("/api/incidents", status_code=201)
def create(body: IncidentOnBehalf, desk: Desk, user: Creator,
           response: Response) -> dict[str, Any]:
    """Report an incident as the signed-in user, or (agents) on behalf of a caller."""
    caller = _on_behalf(desk, user, body.caller)
    fields = body.model_dump(exclude={"caller"})
    data = report_incident(desk, caller, NewIncident(**fields), actor=user.username)
    response.headers["Location"] = f"/api/incidents/{data['number']}"
    return data


@router.get("/api/incidents")
def list_incidents(desk: Desk, user: Visitor) -> list[dict[str, Any]]:
    """The incidents the signed-in user may see, newest first."""
    with desk.db.session() as session:
        mine = not allowed(desk.permissions, user.role, "incident.read_all")
        found = incidents_for(session, user, own_only=mine)
        return [incident_json(incident, desk.config) for incident in found]


@router.get("/api/incidents/{number}")
def read(number: str, desk: Desk, user: Visitor) -> dict[str, Any]:
    """One incident (404 if unknown, 403 if it is another caller's)."""
    with desk.work() as work:
        return incident_json(load_incident(work, number, user), desk.config)


@router.patch("/api/incidents/{number}")
def update(number: str, body: IncidentPatch, desk: Desk, user: Updater) -> dict[str, Any]:
    """Change impact and/or urgency: the priority and SLA targets follow."""
    with desk.work() as work:
        incident = load_incident(work, number, user)
        reprioritise(work, incident, user, body.impact, body.urgency)
        return incident_json(incident, desk.config)


@router.get("/api/incidents/{number}/sla")
def sla(number: str, desk: Desk, user: Visitor) -> list[dict[str, Any]]:
    """The response and resolution SLAs as of the desk clock."""
    with desk.work() as work:
        return sla_json(desk.config, load_incident(work, number, user), work.now)


@router.get("/api/incidents/{number}/timeline")
def timeline(number: str, desk: Desk, user: Visitor) -> list[dict[str, Any]]:
    """Every change to the incident, oldest first (callers do not see internal notes)."""
    with desk.work() as work:
        incident = load_incident(work, number, user)
        staff = allowed(desk.permissions, user.role, "incident.update")
        return [entry_json(e) for e in entries(work, incident.number, internal=staff)]
