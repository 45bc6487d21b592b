"""Request dependencies for the JSON API: the bearer token's user and their role."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request

from refdesk.auth import user_for_token
from refdesk.deps import Desk
from refdesk.incidents import find_incident
from refdesk.models import Incident, User
from refdesk.rules.permissions import allowed, can_read_incident
from refdesk.users import STAFF_ROLES
from refdesk.work import Work

__all__ = [
    "TOKEN_KIND",
    "Admin",
    "Staff",
    "Visitor",
    "load_incident",
    "permit",
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


async def require_staff(user: Visitor) -> User:
    """The signed-in user, who must be an agent or admin (403 otherwise)."""
    if user.role not in STAFF_ROLES:
        raise HTTPException(403, "Agents and admins only")
    return user


async def require_admin(user: Visitor) -> User:
    """The signed-in user, who must be an admin (403 otherwise)."""
    if user.role != "admin":
        raise HTTPException(403, "Admins only")
    return user


Staff = Annotated[User, Depends(require_staff)]
Admin = Annotated[User, Depends(require_admin)]


def permit(action: str) -> Any:
    """A dependency: the signed-in user, who must be allowed the action (403 otherwise)."""

    async def check(user: Visitor, desk: Desk) -> User:
        if not allowed(desk.permissions, user.role, action):
            raise HTTPException(403, f"A {user.role} may not do {action}")
        return user

    return Depends(check)


def load_incident(work: Work, number: str, user: User) -> Incident:
    """The incident the user asks for (404 unknown, 403 not theirs to read)."""
    incident = find_incident(work.session, number)
    if incident is None:
        raise HTTPException(404, f"No incident {number}")
    if not can_read_incident(work.desk.permissions, user.role, user.username,
                             incident.caller.username):
        raise HTTPException(403, "You may only read your own incidents")
    return incident
