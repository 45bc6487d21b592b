"""The self-service portal: callers report incidents and follow their own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from refdesk import lifecycle
from refdesk.actions import report_incident
from refdesk.deps import Desk
from refdesk.fields import custom_fields
from refdesk.incidents import FieldProblems, NewIncident, incidents_for
from refdesk.kb import search
from refdesk.models import Incident, User
from refdesk.pages.render import page
from refdesk.pages.session import Member, check_csrf
from refdesk.pages.work import render_incident, run_form
from refdesk.schemas import IncidentCreate, field_errors
from refdesk.work import Work

__all__ = ["router", "show_incident"]

router = APIRouter()
_BLANK: dict[str, Any] = {"summary": "", "description": "", "impact": "3", "urgency": "3",
                          "custom": {}}


@router.get("/portal")
def portal(request: Request, desk: Desk, user: Member) -> Response:
    """The signed-in user's own incidents."""
    with desk.db.session() as session:
        incidents = incidents_for(session, user, own_only=True)
    return page(request, "portal.html", user=user, incidents=incidents)


def _form(request: Request, user: User, values: dict[str, Any], errors: dict[str, str]) -> Response:
    status = 422 if errors else 200
    extra = custom_fields(request.app.state.runtime.config)
    return page(request, "portal_new.html", status, user=user, values=values, errors=errors,
                custom_fields=extra)


async def _custom_values(request: Request) -> dict[str, str]:
    """The custom fields filled in on the form, by name."""
    form = await request.form()
    pairs = ((key.removeprefix("custom."), str(value).strip()) for key, value in form.items())
    return {name: value for name, value in pairs if value and f"custom.{name}" in form}


CustomValues = Annotated[dict[str, str], Depends(_custom_values)]


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
    custom: CustomValues,
    summary: Annotated[str, Form()] = "",
    description: Annotated[str, Form()] = "",
    impact: Annotated[str, Form()] = "",
    urgency: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    """Report the incident and show it, or show the form again with the errors."""
    check_csrf(request, csrf_token)
    values = {"summary": summary, "description": description, "impact": impact,
              "urgency": urgency, "custom": custom}
    fields = {**values, "impact": _level(impact), "urgency": _level(urgency)}
    try:
        body = IncidentCreate.model_validate(fields)
    except ValidationError as invalid:
        return _form(request, user, values, field_errors(invalid.errors()))
    try:
        data = report_incident(desk, user, NewIncident(**body.model_dump()))
    except FieldProblems as problems:
        return _form(request, user, values, problems.errors)
    return RedirectResponse(f"/portal/incidents/{data['number']}", status_code=303)


def show_incident(request: Request, desk: Desk, user: User, number: str) -> Response:
    """The incident page, if the user may read it (404 or 403 otherwise)."""
    return render_incident(request, desk, user, number, "incident.html")


@router.get("/portal/incidents/{number}")
def incident_page(request: Request, desk: Desk, user: Member, number: str) -> Response:
    """One of the user's incidents."""
    return show_incident(request, desk, user, number)


def _caller(request: Request, desk: Desk, user: User, number: str, csrf: str,
            act: Callable[[Work, Incident], None]) -> Response:
    check_csrf(request, csrf)
    back = f"/portal/incidents/{number}"
    return run_form(request, desk, user, number, "incident.html", act, back)


@router.post("/portal/incidents/{number}/confirm")
def confirm_form(request: Request, desk: Desk, user: Member, number: str,
                 csrf_token: Annotated[str, Form()] = "") -> Response:
    """The caller confirms the resolution."""
    act = lambda work, incident: lifecycle.confirm(work, incident, user)  # noqa: E731
    return _caller(request, desk, user, number, csrf_token, act)


@router.post("/portal/incidents/{number}/reject")
def reject_form(request: Request, desk: Desk, user: Member, number: str,
                reason: Annotated[str, Form()] = "",
                csrf_token: Annotated[str, Form()] = "") -> Response:
    """The caller rejects the resolution, with a reason."""
    def act(work: Work, incident: Incident) -> None:
        if not reason.strip():
            raise lifecycle.Refused(422, "Say why you reject the resolution.",
                                    {"reason": "This field is required."})
        lifecycle.reject(work, incident, user, reason.strip()[:4000])

    return _caller(request, desk, user, number, csrf_token, act)


@router.post("/portal/incidents/{number}/survey")
def survey_form(request: Request, desk: Desk, user: Member, number: str,
                score: Annotated[str, Form()] = "", comment: Annotated[str, Form()] = "",
                csrf_token: Annotated[str, Form()] = "") -> Response:
    """The caller's satisfaction survey."""
    def act(work: Work, incident: Incident) -> None:
        if score not in ("1", "2", "3", "4", "5"):
            raise lifecycle.Refused(422, "Choose a score from 1 to 5.",
                                    {"score": "Choose a score from 1 to 5."})
        lifecycle.survey(work, incident, user, int(score), comment.strip()[:2000])

    return _caller(request, desk, user, number, csrf_token, act)


@router.get("/portal/kb-suggest")
def kb_suggest(desk: Desk, _user: Member, q: str = "") -> list[dict[str, str]]:
    """Articles matching what the caller is typing (for the portal's suggestions)."""
    if len(q.strip()) < 3:
        return []
    with desk.db.session() as session:
        found = search(session, q[:300], limit=5)
        return [{"id": a.number, "title": a.title, "url": f"/kb/{a.number}"} for a in found]
