"""The incident form's custom fields, so clients can fill them by name or by label."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from refdesk.api.deps import Visitor
from refdesk.deps import Desk
from refdesk.fields import field_catalogue

__all__ = ["router"]

router = APIRouter(tags=["incidents"])


@router.get("/api/fields")
def list_fields(desk: Desk, _user: Visitor) -> list[dict[str, Any]]:
    """Each category's custom fields: name, label, category, mandatory, choices."""
    return field_catalogue(desk.config)
