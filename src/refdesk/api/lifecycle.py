"""Work an incident: assign, change state, comment, resolve, confirm, reject, survey."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter

from refdesk import lifecycle
from refdesk.api.deps import load_incident, permit
from refdesk.assignment import assign
from refdesk.bodies import (
    AssignBody,
    CommentBody,
    RejectBody,
    ResolveBody,
    SurveyBody,
    TransitionBody,
)
from refdesk.deps import Desk
from refdesk.incidents import incident_json
from refdesk.models import User

__all__ = ["router"]

router = APIRouter(tags=["incident lifecycle"])
Assigner = Annotated[User, permit("incident.assign")]
Updater = Annotated[User, permit("incident.update")]
Resolver = Annotated[User, permit("incident.resolve")]
Confirmer = Annotated[User, permit("incident.confirm")]
Commenter = Annotated[User, permit("incident.comment")]
_BASE = "/api/incidents/{number}"


@router.post(f"{_BASE}/assign")
def assign_incident(number: str, body: AssignBody, desk: Desk,
                    user: Assigner) -> dict[str, Any]:
    """Assign to a group (the desk picks the agent) and/or a named agent."""
    with desk.work() as work:
        incident = load_incident(work, number, user)
        assign(work, incident, user.username, body.group, body.assignee)
        return incident_json(incident, desk.config)


@router.post(f"{_BASE}/transition")
def transition(number: str, body: TransitionBody, desk: Desk, user: Updater) -> dict[str, Any]:
    """Move to another state (403 for a role not allowed, 409 for a move not allowed)."""
    with desk.work() as work:
        incident = load_incident(work, number, user)
        lifecycle.transition(work, incident, user, body.state, body.reason)
        return incident_json(incident, desk.config)


@router.post(f"{_BASE}/comments", status_code=201)
def add_comment(number: str, body: CommentBody, desk: Desk, user: Commenter) -> dict[str, Any]:
    """Add a comment, or (staff) an internal work note."""
    with desk.work() as work:
        incident = load_incident(work, number, user)
        lifecycle.comment(work, incident, user, body.text, body.internal)
        return {"incident": incident.number, "text": body.text, "internal": body.internal,
                "author": user.username, "at": work.now.isoformat()}


@router.post(f"{_BASE}/resolve")
def resolve(number: str, body: ResolveBody, desk: Desk, user: Resolver) -> dict[str, Any]:
    """Resolve with a resolution code and notes, optionally linking a knowledge article."""
    with desk.work() as work:
        incident = load_incident(work, number, user)
        lifecycle.resolve(work, incident, user, body.code, body.notes, body.article)
        return incident_json(incident, desk.config)


@router.post(f"{_BASE}/confirm")
def confirm(number: str, desk: Desk, user: Confirmer) -> dict[str, Any]:
    """The caller accepts the resolution: the incident closes."""
    with desk.work() as work:
        incident = load_incident(work, number, user)
        lifecycle.confirm(work, incident, user)
        return incident_json(incident, desk.config)


@router.post(f"{_BASE}/reject")
def reject(number: str, body: RejectBody, desk: Desk, user: Confirmer) -> dict[str, Any]:
    """The caller rejects the resolution: the incident reopens and its SLA resumes."""
    with desk.work() as work:
        incident = load_incident(work, number, user)
        lifecycle.reject(work, incident, user, body.reason)
        return incident_json(incident, desk.config)


@router.post(f"{_BASE}/survey", status_code=201)
def survey(number: str, body: SurveyBody, desk: Desk, user: Confirmer) -> dict[str, Any]:
    """The caller's satisfaction score (1-5) and comment, once."""
    with desk.work() as work:
        incident = load_incident(work, number, user)
        lifecycle.survey(work, incident, user, body.score, body.comment)
        return {"incident": incident.number, "score": body.score, "comment": body.comment}
