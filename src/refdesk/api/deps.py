"""Request dependencies for the JSON API: the bearer token's user and their role."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request

from refdesk.auth import user_for_token
from refdesk.deps import Desk
from refdesk.models import User
from refdesk.users import STAFF_ROLES

__all__ = [
    "TOKEN_KIND",
    "Admin",
    "Staff",
    "Visitor",
    "require_admin",
    "require_staff",
    "require_user",
]

TOKEN_KIND = "api"


def _unauthorised(detail: str) -> HTTPException:
    return HTTPException(401, detail, headers={"WWW-Authenticate": "Bearer"})


def _bearer(request: Request) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise _unauthorised("Not authenticated: send 'Authorization: Bearer <token>'")
    return token.strip()


def require_user(request: Request, desk: Desk) -> User:
    """The user owning the request's bearer token (401 if none or unknown)."""
    with desk.db.session() as session:
        user = user_for_token(session, _bearer(request), TOKEN_KIND)
    if user is None:
        raise _unauthorised("Invalid or expired token")
    return user


Visitor = Annotated[User, Depends(require_user)]


def require_staff(user: Visitor) -> User:
    """The signed-in user, who must be an agent or admin (403 otherwise)."""
    if user.role not in STAFF_ROLES:
        raise HTTPException(403, "Agents and admins only")
    return user


def require_admin(user: Visitor) -> User:
    """The signed-in user, who must be an admin (403 otherwise)."""
    if user.role != "admin":
        raise HTTPException(403, "Admins only")
    return user


Staff = Annotated[User, Depends(require_staff)]
Admin = Annotated[User, Depends(require_admin)]
