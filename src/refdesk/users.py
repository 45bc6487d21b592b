"""People on the desk: create them, sign them in, keep the bootstrap admin."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from refdesk.auth import hash_password, verify_password
from refdesk.models import User

__all__ = [
    "ADMIN_USERNAME",
    "ROLES",
    "STAFF_ROLES",
    "NewUser",
    "UsernameTaken",
    "authenticate",
    "create_user",
    "ensure_admin",
    "find_user",
    "user_json",
]

ADMIN_USERNAME = "admin"
ADMIN_EMAIL = "admin@refdesk.invalid"
ROLES = ("caller", "agent", "team_lead", "major_incident_manager", "admin")
STAFF_ROLES = frozenset({"agent", "team_lead", "major_incident_manager", "admin"})


class UsernameTaken(Exception):
    """The username is already in use."""


@dataclass(frozen=True)
class NewUser:
    """What is needed to create a user."""

    username: str
    password: str
    full_name: str
    email: str
    role: str
    department: str | None = None
    location: str | None = None
    skills: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    available: bool = True


def find_user(session: Session, username: str) -> User | None:
    """The user with this username, or None."""
    return session.scalars(select(User).where(User.username == username)).first()


def create_user(session: Session, new: NewUser, now: datetime) -> User:
    """Add a user; raise UsernameTaken if the username is in use."""
    if find_user(session, new.username) is not None:
        raise UsernameTaken(new.username)
    fields = {k: v for k, v in vars(new).items() if k != "password"}
    fields.update(skills=list(new.skills), groups=list(new.groups))
    user = User(**fields, password_hash=hash_password(new.password), created_at=now)
    session.add(user)
    session.flush()
    return user


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The user if the password is right, else None."""
    user = find_user(session, username)
    ok = verify_password(password, user.password_hash if user else None)
    return user if ok else None


def ensure_admin(session: Session, password: str, now: datetime) -> User:
    """Make sure the bootstrap admin exists, has the admin role and this password."""
    user = find_user(session, ADMIN_USERNAME)
    if user is None:
        new = NewUser(ADMIN_USERNAME, password, "Desk Administrator", ADMIN_EMAIL, "admin")
        return create_user(session, new, now)
    if not verify_password(password, user.password_hash):
        user.password_hash = hash_password(password)
    user.role = "admin"
    return user


def user_json(user: User) -> dict[str, Any]:
    """The public view of a user (never the password hash)."""
    return {
        "username": user.username,
        "full_name": user.full_name,
        "email": user.email,
        "role": user.role,
        "department": user.department,
        "location": user.location,
        "skills": list(user.skills or []),
        "groups": list(user.groups or []),
        "available": user.available,
    }
