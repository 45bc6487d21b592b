"""The JSON API, for machines: bearer tokens in, JSON out."""

from __future__ import annotations

from fastapi import APIRouter

from refdesk.api import health, incidents, tokens, users

__all__ = ["api_router"]


def api_router() -> APIRouter:
    """All JSON API routes, including the health probe."""
    router = APIRouter()
    for module in (health, tokens, users, incidents):
        router.include_router(module.router)
    return router
