"""The agent's incident page and its forms: assign, change state, resolve, comment."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from refdesk import lifecycle
from refdesk.assignment import AssignError, assign
from refdesk.deps import Desk
from refdesk.incidents import FieldProblems
from refdesk.models import Incident, User
from refdesk.pages.desk import incident_view, readable_incident
from refdesk.pages.render import page
from refdesk.pages.session import StaffMember, check_csrf
from refdesk.rules.permissions import allowed
from refdesk.work import Work

__all__ = ["render_incident", "router", "run_form"]

router = APIRouter()
Field = Annotated[str, Form()]


def render_incident(request: Request, desk: Desk, user: User, number: str, template: str,
                    error: str | None = None, status: int = 200,
                    errors: dict[str, str] | None = None) -> Response:
    """Show an incident page, with an alert and field errors when an action was refused."""
    with desk.work() as work:
        incident = readable_incident(work, number, user)
        view = incident_view(work, incident, user)
        return page(request, template, status, user=user, error=error, errors=errors or {},
                    **view)


def run_form(request: Request, desk: Desk, user: User, number: str, template: str,
             act: Callable[[Work, Incident], None], back: str) -> Response:
    """Do a form's action and go back to the page, or show the page with the reason."""
    try:
        with desk.work() as work:
            act(work, readable_incident(work, number, user))
    except (lifecycle.Refused, FieldProblems, AssignError) as refused:
        status = getattr(refused, "status", 422)
        detail = getattr(refused, "detail", str(refused))
        return render_incident(request, desk, user, number, template, detail, status,
                               getattr(refused, "errors", None))
    return RedirectResponse(back, status_code=303)


def _agent(request: Request, desk: Desk, user: User, number: str, csrf: str, action: str,
           act: Callable[[Work, Incident], None]) -> Response:
    check_csrf(request, csrf)
    if not allowed(desk.permissions, user.role, action):
        raise HTTPException(403, f"A {user.role} may not do {action}.")
    back = f"/agent/incidents/{number}"
    return run_form(request, desk, user, number, "agent_incident.html", act, back)


@router.get("/agent/incidents/{number}")
def incident_page(request: Request, desk: Desk, user: StaffMember, number: str) -> Response:
    """An incident with the agent's forms."""
    return render_incident(request, desk, user, number, "agent_incident.html")


@router.post("/agent/incidents/{number}/assign")
def assign_form(request: Request, desk: Desk, user: StaffMember, number: str,
                group: Field = "", assignee: Field = "", csrf_token: Field = "") -> Response:
    """Assign to a group and/or an agent."""
    act = lambda w, i: assign(w, i, user.username, group or None, assignee or None)  # noqa: E731
    return _agent(request, desk, user, number, csrf_token, "incident.assign", act)


@router.post("/agent/incidents/{number}/state")
def state_form(request: Request, desk: Desk, user: StaffMember, number: str,
               state: Field = "", hold_reason: Field = "", csrf_token: Field = "") -> Response:
    """Change the state (a hold needs a reason)."""
    def act(work: Work, incident: Incident) -> None:
        lifecycle.transition(work, incident, user, state, hold_reason or None)

    return _agent(request, desk, user, number, csrf_token, "incident.update", act)


@router.post("/agent/incidents/{number}/resolve")
def resolve_form(request: Request, desk: Desk, user: StaffMember, number: str,
                 code: Field = "", notes: Field = "", article: Field = "",
                 csrf_token: Field = "") -> Response:
    """Resolve with a code and notes, and optionally a knowledge article."""
    def act(work: Work, incident: Incident) -> None:
        if not notes.strip():
            raise lifecycle.Refused(422, "Resolution notes are required.",
                                    {"notes": "This field is required."})
        lifecycle.resolve(work, incident, user, code, notes.strip(), article.strip() or None)

    return _agent(request, desk, user, number, csrf_token, "incident.resolve", act)


@router.post("/agent/incidents/{number}/comment")
def comment_form(request: Request, desk: Desk, user: StaffMember, number: str,
                 comment: Field = "", internal: Field = "", csrf_token: Field = "") -> Response:
    """Add a comment or work note."""
    def act(work: Work, incident: Incident) -> None:
        if not comment.strip():
            raise lifecycle.Refused(422, "Write a comment first.",
                                    {"comment": "This field is required."})
        lifecycle.comment(work, incident, user, comment.strip()[:4000], bool(internal))

    return _agent(request, desk, user, number, csrf_token, "incident.comment", act)
