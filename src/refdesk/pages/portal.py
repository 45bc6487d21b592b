"""The self-service portal: callers report incidents and follow their own."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from refdesk.actions import report_incident
from refdesk.deps import Desk
from refdesk.incidents import NewIncident, can_read, find_incident, incidents_for
from refdesk.models import Incident, User
from refdesk.pages.render import page
from refdesk.pages.session import Member, check_csrf
from refdesk.schemas import IncidentCreate, field_errors

__all__ = ["router", "show_incident"]

router = APIRouter()
_BLANK = {"summary": "", "description": "", "impact": "3", "urgency": "3"}


@router.get("/portal")
def portal(request: Request, desk: Desk, user: Member) -> Response:
    """The signed-in user's own incidents."""
    with desk.db.session() as session:
        incidents = incidents_for(session, user, own_only=True)
    return page(request, "portal.html", user=user, incidents=incidents)


def _form(request: Request, user: User, values: dict[str, str], errors: dict[str, str]) -> Response:
    status = 422 if errors else 200
    return page(request, "portal_new.html", status, user=user, values=values, errors=errors)


@router.get("/portal/new")
def new_incident_form(request: Request, user: Member) -> Response:
    """The form to report an incident."""
    return _form(request, user, dict(_BLANK), {})


def _level(value: str) -> int | str:
    return int(value) if value.strip().isdigit() else value


@router.post("/portal/new")
def submit_incident(
    request: Request,
    desk: Desk,
    user: Member,
    summary: Annotated[str, Form()] = "",
    description: Annotated[str, Form()] = "",
    impact: Annotated[str, Form()] = "",
    urgency: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    """Report the incident and show it, or show the form again with the errors."""
    check_csrf(request, csrf_token)
    values = {"summary": summary, "description": description, "impact": impact, "urgency": urgency}
    fields = {**values, "impact": _level(impact), "urgency": _level(urgency)}
    try:
        body = IncidentCreate.model_validate(fields)
    except ValidationError as invalid:
        return _form(request, user, values, field_errors(invalid.errors()))
    data = report_incident(desk, user, NewIncident(**body.model_dump()))
    return RedirectResponse(f"/portal/incidents/{data['number']}", status_code=303)


def show_incident(request: Request, desk: Desk, user: User, number: str) -> Response:
    """The incident page, if the user may read it (404 or 403 otherwise)."""
    with desk.db.session() as session:
        incident: Incident | None = find_incident(session, number)
        if incident is None:
            raise HTTPException(404, f"There is no incident {number}.")
        if not can_read(user, incident):
            raise HTTPException(403, "You can only see incidents you reported.")
        label = desk.config.priority.labels.get(incident.priority, incident.priority)
        return page(request, "incident.html", user=user, incident=incident, priority_label=label)


@router.get("/portal/incidents/{number}")
def incident_page(request: Request, desk: Desk, user: Member, number: str) -> Response:
    """One of the user's incidents."""
    return show_incident(request, desk, user, number)
