"""Knowledge base, reports and inbound e-mail."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Request

from refdesk import reports
from refdesk.api.deps import permit
from refdesk.bodies import ArticleCreate
from refdesk.deps import Desk
from refdesk.inbound import incident_from_email
from refdesk.kb import add_article, article_json, find_article, search
from refdesk.models import User

__all__ = ["router"]

router = APIRouter(tags=["knowledge, reports, e-mail"])
KbReader = Annotated[User, permit("kb.read")]
KbWriter = Annotated[User, permit("kb.write")]
ReportReader = Annotated[User, permit("reports.read")]
Staff = Annotated[User, permit("incident.read_all")]
_MAX_EMAIL = 1_000_000


@router.get("/api/kb")
def list_articles(desk: Desk, _user: KbReader, q: str = "") -> list[dict[str, Any]]:
    """Articles matching the words of q, best first."""
    with desk.db.session() as session:
        return [article_json(a) for a in search(session, q[:500])]


@router.get("/api/kb/{number}")
def read_article(number: str, desk: Desk, _user: KbReader) -> dict[str, Any]:
    """One article."""
    with desk.db.session() as session:
        article = find_article(session, number)
        if article is None:
            raise HTTPException(404, f"No article {number}")
        return article_json(article)


@router.post("/api/kb", status_code=201)
def write_article(body: ArticleCreate, desk: Desk, _user: KbWriter) -> dict[str, Any]:
    """Add an article."""
    with desk.db.session() as session:
        return article_json(add_article(session, body.title, body.keywords, body.body))


@router.get("/api/reports/sla")
def sla_report(desk: Desk, _user: ReportReader) -> dict[str, Any]:
    """Resolution SLA compliance per priority and per group."""
    with desk.db.session() as session:
        return reports.sla_compliance(session, desk.config, desk.clock.now())


@router.get("/api/reports/volumes")
def volumes_report(desk: Desk, _user: ReportReader) -> dict[str, Any]:
    """Incident counts by category."""
    with desk.db.session() as session:
        return reports.volumes(session)


@router.get("/api/reports/mttr")
def mttr_report(desk: Desk, _user: ReportReader) -> dict[str, Any]:
    """Mean time to resolve."""
    with desk.db.session() as session:
        return reports.mttr(session)


@router.get("/api/reports/satisfaction")
def satisfaction_report(desk: Desk, _user: ReportReader) -> dict[str, Any]:
    """Average satisfaction score."""
    with desk.db.session() as session:
        return reports.satisfaction(session)


@router.post("/api/inbound-email", status_code=201)
async def inbound_email(request: Request, desk: Desk, _user: Staff) -> dict[str, Any]:
    """Raise an incident from a raw RFC 822 message (body: message/rfc822)."""
    if not desk.config.integrations.inbound_email:
        raise HTTPException(404, "Inbound e-mail is switched off")
    raw = await request.body()
    if not raw.strip() or len(raw) > _MAX_EMAIL:
        raise HTTPException(422, "Send the raw e-mail message as the request body")
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(incident_from_email, desk, raw)
