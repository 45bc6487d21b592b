"""Sign in and out of the pages."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from refdesk.auth import issue_token, revoke_token
from refdesk.deps import Desk
from refdesk.models import User
from refdesk.pages.render import page
from refdesk.pages.session import COOKIE, KIND, check_csrf, session_user
from refdesk.users import STAFF_ROLES, authenticate

__all__ = ["home_for", "router"]

router = APIRouter()


def home_for(user: User) -> str:
    """Where a user lands after signing in: the agent queue or the portal."""
    return "/agent" if user.role in STAFF_ROLES else "/portal"


@router.get("/")
def root(request: Request, desk: Desk) -> RedirectResponse:
    """Send the browser to its home page, or to sign in."""
    user = session_user(request, desk)
    return RedirectResponse(home_for(user) if user else "/login", status_code=303)


@router.get("/login")
def login_form(request: Request) -> Response:
    """The sign-in form."""
    return page(request, "login.html", username="", error=None)


@router.post("/login")
def login(
    request: Request,
    desk: Desk,
    username: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
) -> Response:
    """Sign in: set the session cookie and go home, or show the form with an error."""
    with desk.db.session() as session:
        user = authenticate(session, username.strip(), password)
        token = issue_token(session, user, KIND, desk.clock.now()) if user else None
    if user is None or token is None:
        error = "Wrong username or password."
        return page(request, "login.html", username=username, error=error)
    response = RedirectResponse(home_for(user), status_code=303)
    response.set_cookie(COOKIE, token, httponly=True, samesite="lax", path="/")
    return response


@router.post("/logout")
def logout(request: Request, desk: Desk, csrf_token: Annotated[str, Form()] = "") -> Response:
    """Sign out: forget the session and return to the sign-in page."""
    check_csrf(request, csrf_token)
    with desk.db.session() as session:
        revoke_token(session, request.cookies.get(COOKIE, ""))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response
