"""The request dependency shared by API, pages and test controls: the running desk."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from refdesk.runtime import Runtime

__all__ = ["Desk", "get_runtime"]


async def get_runtime(request: Request) -> Runtime:
    """The running desk this request belongs to (async: no thread hop for a lookup)."""
    return request.app.state.runtime


Desk = Annotated[Runtime, Depends(get_runtime)]
