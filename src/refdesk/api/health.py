"""Readiness probe and identity of the running desk."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from refdesk import __version__
from refdesk.deps import Desk

__all__ = ["router"]

router = APIRouter()


@router.get("/healthz")
def healthz(desk: Desk) -> dict[str, Any]:
    """Say the desk is up, which version runs, and which configuration it loaded."""
    return {
        "status": "ok",
        "name": "refdesk",
        "version": __version__,
        "config_fingerprint": desk.config.fingerprint,
        "test_mode": desk.settings.test_mode,
    }
