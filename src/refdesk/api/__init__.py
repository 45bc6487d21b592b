"""The JSON API, for machines: bearer tokens in, JSON out."""

from __future__ import annotations

from fastapi import APIRouter

from refdesk.api import (
    extras,
    fields,
    groups,
    health,
    incidents,
    lifecycle,
    majors,
    tokens,
    users,
)

__all__ = ["api_router"]


def api_router() -> APIRouter:
    """All JSON API routes, including the health probe."""
    router = APIRouter()
    for module in (health, tokens, users, groups, incidents, fields, lifecycle, majors, extras):
        router.include_router(module.router)
    return router
