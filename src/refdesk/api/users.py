"""Manage the people who use the desk."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException
from sqlalchemy.exc import IntegrityError

from refdesk.api.deps import Admin
from refdesk.deps import Desk
from refdesk.schemas import UserCreate
from refdesk.users import NewUser, UsernameTaken, create_user, user_json

__all__ = ["router"]

router = APIRouter()


@router.post("/api/users", status_code=201)
def add_user(body: UserCreate, desk: Desk, _admin: Admin) -> dict[str, Any]:
    """Create a caller, agent or admin (admins only; 409 if the username is taken)."""
    fields = body.model_dump()
    fields.update(department=body.department or None, location=body.location or None)
    try:
        with desk.db.session() as session:
            return user_json(create_user(session, NewUser(**fields), desk.clock.now()))
    except (UsernameTaken, IntegrityError):
        raise HTTPException(409, f"Username {body.username!r} is already taken") from None
