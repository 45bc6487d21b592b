"""Test controls, registered only when the desk runs in test mode: clock and reset."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response

from refdesk.deps import Desk
from refdesk.scheduler import advance
from refdesk.schemas import ClockSet

__all__ = ["controls_router"]


def _clock_json(desk: Desk) -> dict[str, Any]:
    return {"now": desk.clock.now().isoformat(), "fixed": desk.clock.is_fixed}


def get_clock(desk: Desk) -> dict[str, Any]:
    """The desk's current time and whether it is held."""
    return _clock_json(desk)


def set_clock(body: ClockSet, desk: Desk) -> dict[str, Any]:
    """Hold the clock at an instant (running every rule due on the way), or release it."""
    before = desk.clock.now()
    desk.clock.set(body.now)
    if body.now is not None and body.now > before:
        advance(desk, before, body.now)
    return _clock_json(desk)


def reset(desk: Desk) -> Response:
    """Delete all data and re-create the bootstrap admin; the clock is left as it is."""
    desk.wipe()
    return Response(status_code=204)


def controls_router() -> APIRouter:
    """The /_test routes; never include these outside test mode."""
    router = APIRouter(prefix="/_test", include_in_schema=False)
    router.add_api_route("/clock", get_clock, methods=["GET"])
    router.add_api_route("/clock", set_clock, methods=["POST"])
    router.add_api_route("/reset", reset, methods=["POST"], status_code=204)
    return router
