"""The agent workspace: the queue of all incidents."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from refdesk.deps import Desk
from refdesk.incidents import incidents_for
from refdesk.pages.render import page
from refdesk.pages.session import StaffMember

__all__ = ["router"]

router = APIRouter()


@router.get("/agent")
def queue(request: Request, desk: Desk, user: StaffMember) -> Response:
    """Every incident, most urgent first, then oldest first."""
    with desk.db.session() as session:
        incidents = incidents_for(session, user)
    labels = desk.config.priority.labels
    rank = {code: index for index, code in enumerate(labels)}
    incidents.sort(key=lambda incident: (rank.get(incident.priority, len(rank)), incident.id))
    return page(request, "agent.html", user=user, incidents=incidents, labels=labels)
