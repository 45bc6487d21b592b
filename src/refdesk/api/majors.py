"""Major incidents: the bridge record, its children, updates, resolution and review."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Response
from sqlalchemy import select

from refdesk import majors
from refdesk.api.deps import permit
from refdesk.bodies import ChildBody, MajorCreate, ResolveMajorBody, ReviewBody, UpdateBody
from refdesk.deps import Desk
from refdesk.models import Major, User

__all__ = ["router"]

router = APIRouter(tags=["major incidents"])
Declarer = Annotated[User, permit("major.declare")]
Updater = Annotated[User, permit("major.update")]
Resolver = Annotated[User, permit("major.resolve")]
Reader = Annotated[User, permit("incident.read_all")]
_ONE = "/api/major-incidents/{number}"


@router.post("/api/major-incidents", status_code=201)
def declare(body: MajorCreate, desk: Desk, user: Declarer, response: Response) -> dict[str, Any]:
    """Declare a major incident from an incident (major incident managers only)."""
    with desk.work() as work:
        major = majors.declare(work, user, body.incident, body.title)
        work.session.flush()
        response.headers["Location"] = f"/api/major-incidents/{major.number}"
        return majors.major_json(work, major)


@router.get("/api/major-incidents")
def list_majors(desk: Desk, _user: Reader) -> list[dict[str, Any]]:
    """Every major incident, newest first."""
    with desk.work() as work:
        found = work.session.scalars(select(Major).order_by(Major.id.desc()))
        return [majors.major_json(work, major) for major in found]


@router.get(_ONE)
def read(number: str, desk: Desk, _user: Reader) -> dict[str, Any]:
    """One major incident with its timeline."""
    with desk.work() as work:
        return majors.major_json(work, majors.find_major(work, number))


@router.post(f"{_ONE}/children")
def add_child(number: str, body: ChildBody, desk: Desk, user: Updater) -> dict[str, Any]:
    """Link a child incident."""
    with desk.work() as work:
        major = majors.find_major(work, number)
        majors.add_child(work, user, major, body.incident)
        work.session.flush()
        return majors.major_json(work, major)


@router.post(f"{_ONE}/updates", status_code=201)
def post_update(number: str, body: UpdateBody, desk: Desk, user: Updater) -> dict[str, Any]:
    """Broadcast a status update to stakeholders (e-mail and chat)."""
    with desk.work() as work:
        major = majors.find_major(work, number)
        majors.post_update(work, user, major, body.text)
        work.session.flush()
        return majors.major_json(work, major)


@router.post(f"{_ONE}/resolve")
def resolve(number: str, body: ResolveMajorBody, desk: Desk, user: Resolver) -> dict[str, Any]:
    """Resolve the major incident and every child."""
    with desk.work() as work:
        major = majors.find_major(work, number)
        majors.resolve(work, user, major, body.notes)
        work.session.flush()
        return majors.major_json(work, major)


@router.post(f"{_ONE}/review")
def review(number: str, body: ReviewBody, desk: Desk, user: Updater) -> dict[str, Any]:
    """Record the post-incident review."""
    with desk.work() as work:
        major = majors.find_major(work, number)
        majors.review(work, user, major, body.summary, body.actions)
        work.session.flush()
        return majors.major_json(work, major)



