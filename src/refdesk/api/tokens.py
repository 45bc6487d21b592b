"""Exchange a username and password for a bearer token."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException

from refdesk.api.deps import TOKEN_KIND
from refdesk.auth import issue_token
from refdesk.deps import Desk
from refdesk.schemas import TokenRequest
from refdesk.users import authenticate

__all__ = ["router"]

router = APIRouter()


@router.post("/api/auth/token")
def create_token(body: TokenRequest, desk: Desk) -> dict[str, str]:
    """Return a bearer token for valid credentials (401 otherwise)."""
    with desk.db.session() as session:
        user = authenticate(session, body.username, body.password)
        if user is None:
            raise HTTPException(401, "Wrong username or password")
        return {"token": issue_token(session, user, TOKEN_KIND, desk.clock.now())}
