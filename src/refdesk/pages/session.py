"""Browser sessions for the pages: who is signed in, and the form token."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from refdesk.auth import csrf_token, user_for_token
from refdesk.deps import Desk
from refdesk.models import User
from refdesk.users import STAFF_ROLES

__all__ = [
    "COOKIE",
    "KIND",
    "Member",
    "SignInRequired",
    "StaffMember",
    "check_csrf",
    "form_token",
    "session_user",
]

COOKIE = "refdesk_session"
KIND = "session"


class SignInRequired(Exception):
    """Raised by a page that needs a signed-in user; answered with a redirect to /login."""


def session_user(request: Request, desk: Desk) -> User | None:
    """The user of the browser session cookie, or None."""
    with desk.db.session() as session:
        return user_for_token(session, request.cookies.get(COOKIE), KIND)


def require_member(request: Request, desk: Desk) -> User:
    """The signed-in user; otherwise send the browser to the sign-in page."""
    user = session_user(request, desk)
    if user is None:
        raise SignInRequired
    return user


Member = Annotated[User, Depends(require_member)]


async def require_staff_member(user: Member) -> User:
    """The signed-in user, who must be an agent or admin."""
    if user.role not in STAFF_ROLES:
        raise HTTPException(403, "This page is for service desk agents.")
    return user


StaffMember = Annotated[User, Depends(require_staff_member)]


def form_token(request: Request) -> str:
    """The CSRF token to embed in this session's forms."""
    return csrf_token(request.cookies.get(COOKIE, ""))


def check_csrf(request: Request, submitted: str) -> None:
    """Refuse a form post whose token does not belong to this session (403)."""
    if not submitted or not hmac.compare_digest(submitted, form_token(request)):
        raise HTTPException(403, "This form has expired. Go back, reload the page and try again.")
