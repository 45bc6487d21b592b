"""Report and read incidents."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Response

from refdesk.actions import report_incident
from refdesk.api.deps import Visitor
from refdesk.deps import Desk
from refdesk.incidents import NewIncident, can_read, find_incident, incident_json, incidents_for
from refdesk.schemas import IncidentCreate

__all__ = ["router"]

router = APIRouter()


@router.post("/api/incidents", status_code=201)
def create(body: IncidentCreate, desk: Desk, user: Visitor, response: Response) -> dict[str, Any]:
    """Report an incident as the signed-in user."""
    data = report_incident(desk, user, NewIncident(**body.model_dump()))
    response.headers["Location"] = f"/api/incidents/{data['number']}"
    return data


@router.get("/api/incidents")
def list_incidents(desk: Desk, user: Visitor) -> list[dict[str, Any]]:
    """The incidents the signed-in user may see, newest first."""
    with desk.db.session() as session:
        found = incidents_for(session, user)
        return [incident_json(incident, desk.config) for incident in found]


@router.get("/api/incidents/{number}")
def read(number: str, desk: Desk, user: Visitor) -> dict[str, Any]:
    """One incident (404 if unknown, 403 if it is another caller's)."""
    with desk.db.session() as session:
        incident = find_incident(session, number)
        if incident is None:
            raise HTTPException(404, f"No incident {number}")
        if not can_read(user, incident):
            raise HTTPException(403, "You may only read your own incidents")
        return incident_json(incident, desk.config)
