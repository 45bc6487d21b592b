"""Manage the people who use the desk."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException
from sqlalchemy.exc import IntegrityError

from refdesk.api.deps import Admin
from refdesk.deps import Desk
from refdesk.models import Group
from refdesk.schemas import UserCreate
from refdesk.users import NewUser, UsernameTaken, create_user, user_json

__all__ = ["router"]

router = APIRouter()


@router.post("/api/users", status_code=201)
def add_user(body: UserCreate, desk: Desk, _admin: Admin) -> dict[str, Any]:
    """Create a caller, agent or admin (admins only; 409 if the username is taken)."""
    fields = body.model_dump(exclude={"lead_of"})
    fields.update(department=body.department or None, location=body.location or None,
                  skills=tuple(body.skills), groups=tuple(body.groups))
    try:
        with desk.db.session() as session:
            user = create_user(session, NewUser(**fields), desk.clock.now())
            for name in body.lead_of:
                group = session.get(Group, name) or Group(name=name)
                group.team_lead = user.username
                session.add(group)
            return user_json(user)
    except (UsernameTaken, IntegrityError):
        raise HTTPException(409, f"Username {body.username!r} is already taken") from None
