"""Assignment groups (admin set-up) and the e-mails the desk sent."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException
from sqlalchemy import select

from refdesk.api.deps import Visitor, permit
from refdesk.bodies import GroupCreate
from refdesk.deps import Desk
from refdesk.models import Group, User
from refdesk.notify import notice_json, notices
from refdesk.rules.permissions import allowed
from refdesk.users import STAFF_ROLES, find_user

__all__ = ["router"]

router = APIRouter(tags=["set-up"])
Manager = Annotated[User, permit("users.manage")]


def _members(session: Any, name: str) -> list[str]:
    staff = session.scalars(select(User).where(User.role.in_(STAFF_ROLES)))
    return sorted(u.username for u in staff if name in (u.groups or []))


def group_json(session: Any, group: Group) -> dict[str, Any]:
    """The API view of a group."""
    return {"name": group.name, "team_lead": group.team_lead, "strategy": group.strategy,
            "members": _members(session, group.name)}


def _join(session: Any, name: str, usernames: list[str]) -> None:
    for username in usernames:
        user = find_user(session, username)
        if user is None:
            raise HTTPException(422, f"There is no user {username}")
        if name not in (user.groups or []):
            user.groups = [*(user.groups or []), name]


@router.post("/api/groups", status_code=201)
def add_group(body: GroupCreate, desk: Desk, _admin: Manager) -> dict[str, Any]:
    """Create or update a group, its team lead, strategy and members."""
    with desk.db.session() as session:
        if body.team_lead and find_user(session, body.team_lead) is None:
            raise HTTPException(422, f"There is no user {body.team_lead}")
        group = session.get(Group, body.name) or Group(name=body.name)
        group.team_lead, group.strategy = body.team_lead, body.strategy
        session.add(group)
        _join(session, body.name, body.members)
        session.flush()
        return group_json(session, group)


@router.get("/api/groups")
def list_groups(desk: Desk, _user: Visitor) -> list[dict[str, Any]]:
    """Every assignment group, by name."""
    with desk.db.session() as session:
        groups = session.scalars(select(Group).order_by(Group.name))
        return [group_json(session, group) for group in groups]


@router.get("/api/notifications")
def list_notifications(desk: Desk, user: Visitor,
                       incident: str | None = None) -> list[dict[str, Any]]:
    """The e-mails the desk sent, oldest first (about one incident or MI if given)."""
    if not allowed(desk.permissions, user.role, "incident.read_all"):
        raise HTTPException(403, "Agents only")
    with desk.work() as work:
        return [notice_json(n) for n in notices(work, incident)]
