"""The bridge page of a major incident, the knowledge base and the reports page."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from refdesk import majors, reports
from refdesk.deps import Desk
from refdesk.kb import find_article, search
from refdesk.lifecycle import Refused
from refdesk.models import User
from refdesk.pages.render import page
from refdesk.pages.session import Member, check_csrf
from refdesk.rules.permissions import allowed

__all__ = ["router"]

router = APIRouter()


def _may(desk: Desk, user: User, action: str) -> None:
    if not allowed(desk.permissions, user.role, action):
        raise HTTPException(403, "You may not see this page.")


def _bridge(request: Request, desk: Desk, user: User, number: str,
            error: str | None = None, status: int = 200) -> Response:
    with desk.work() as work:
        try:
            major = majors.major_json(work, majors.find_major(work, number))
        except Refused as missing:
            raise HTTPException(missing.status, missing.detail) from None
    return page(request, "major.html", status, user=user, major=major, error=error)


@router.get("/major/{number}")
def bridge(request: Request, desk: Desk, user: Member, number: str) -> Response:
    """The bridge view: state, children, groups, updates and timeline."""
    _may(desk, user, "incident.read_all")
    return _bridge(request, desk, user, number)


@router.post("/major/{number}/update")
def post_update(request: Request, desk: Desk, user: Member, number: str,
                update: Annotated[str, Form()] = "",
                csrf_token: Annotated[str, Form()] = "") -> Response:
    """Broadcast a status update from the bridge page."""
    check_csrf(request, csrf_token)
    _may(desk, user, "major.update")
    try:
        if not update.strip():
            raise Refused(422, "Write the update first.")
        with desk.work() as work:
            major = majors.find_major(work, number)
            majors.post_update(work, user, major, update.strip()[:4000])
    except Refused as refused:
        return _bridge(request, desk, user, number, refused.detail, refused.status)
    return RedirectResponse(f"/major/{number}", status_code=303)


@router.get("/kb")
def kb_list(request: Request, desk: Desk, user: Member, q: str = "") -> Response:
    """Search the knowledge base."""
    _may(desk, user, "kb.read")
    with desk.db.session() as session:
        articles = search(session, q[:300], limit=50)
    return page(request, "kb.html", user=user, articles=articles, q=q)


@router.get("/kb/{number}")
def kb_article(request: Request, desk: Desk, user: Member, number: str) -> Response:
    """One knowledge article."""
    _may(desk, user, "kb.read")
    with desk.db.session() as session:
        article = find_article(session, number)
    if article is None:
        raise HTTPException(404, f"There is no article {number}.")
    return page(request, "kb_article.html", user=user, article=article)


@router.get("/reports")
def reports_page(request: Request, desk: Desk, user: Member) -> Response:
    """SLA compliance, volumes, mean time to resolve and satisfaction."""
    _may(desk, user, "reports.read")
    with desk.db.session() as session:
        data = {"sla": reports.sla_compliance(session, desk.config, desk.clock.now()),
                "volumes": reports.volumes(session), "mttr": reports.mttr(session),
                "satisfaction": reports.satisfaction(session)}
    return page(request, "reports.html", user=user, **data)
