"""Server-rendered pages, for people: sign-in, self-service portal, agent workspace."""

from __future__ import annotations

from fastapi import APIRouter

from refdesk.pages import agent, login, more, portal, work
from refdesk.pages.render import make_templates, page
from refdesk.pages.session import SignInRequired

__all__ = ["SignInRequired", "make_templates", "page", "pages_router"]


def pages_router() -> APIRouter:
    """All page routes."""
    router = APIRouter(include_in_schema=False)
    for module in (login, portal, agent, work, more):
        router.include_router(module.router)
    return router
