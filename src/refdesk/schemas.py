"""Input shapes for the API and the forms, with their validation rules."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field

__all__ = ["ClockSet", "IncidentCreate", "TokenRequest", "UserCreate", "field_errors"]

REQUIRED = "This field is required."


def _single_line(value: str) -> str:
    if any(ord(char) < 32 or ord(char) == 127 for char in value):
        raise ValueError("must be a single line of text")
    return value


def _email(value: str) -> str:
    local, at, domain = value.partition("@")
    if not (local and at and "." in domain.strip(".")) or " " in value or "@" in domain:
        raise ValueError("must be an e-mail address such as name@example.com")
    return value


def _username(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9._'@+-]{1,64}", value):
        raise ValueError("must be 1 to 64 letters, digits or . _ - ' @ +")
    return value


def _line(min_length: int, max_length: int) -> Any:
    return Annotated[
        str, Field(min_length=min_length, max_length=max_length), AfterValidator(_single_line)
    ]


Name = _line(1, 120)
Detail = _line(0, 120)
Level = Annotated[int, Field(strict=True, ge=1, le=3)]


class _Input(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)


class TokenRequest(_Input):
    """Credentials exchanged for a bearer token."""

    username: Annotated[str, Field(max_length=64)]
    password: Annotated[str, Field(max_length=256)]


class UserCreate(_Input):
    """A user to create."""

    username: Annotated[str, AfterValidator(_username)]
    password: Annotated[str, Field(min_length=8, max_length=256)]
    full_name: Name
    email: Annotated[str, Field(max_length=254), AfterValidator(_email)]
    role: Literal["caller", "agent", "team_lead", "major_incident_manager", "admin"]
    department: Detail | None = None
    location: Detail | None = None
    skills: Annotated[list[Name], Field(max_length=50)] = []
    groups: Annotated[list[Name], Field(max_length=50)] = []
    lead_of: Annotated[list[Name], Field(max_length=50)] = []
    available: bool = True


class IncidentCreate(_Input):
    """An incident as a caller reports it."""

    summary: _line(1, 160)
    description: Annotated[str, Field(max_length=4000)] = ""
    impact: Level
    urgency: Level
    custom: Annotated[dict[str, Annotated[str, Field(max_length=500)]], Field(max_length=50)] = {}


class ClockSet(BaseModel):
    """The instant to hold the desk clock at (null returns it to real time)."""

    now: AwareDatetime | None


def _message(error: dict[str, Any]) -> str:
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind == "json_invalid":
        return f"The request body is not valid JSON: {ctx.get('error', 'decode error')}"
    if kind == "missing" or (kind == "string_too_short" and ctx.get("min_length") == 1):
        return REQUIRED
    if kind == "value_error" and "error" in ctx:
        return str(ctx["error"])
    return str(error["msg"])


def _field(error: dict[str, Any]) -> str:
    if error["type"] == "json_invalid":
        return "body"
    names = [str(part) for part in error["loc"] if part != "body"]
    return ".".join(names) or "body"


def field_errors(errors: Iterable[dict[str, Any]]) -> dict[str, str]:
    """One readable message per field name, from pydantic's error list."""
    messages: dict[str, str] = {}
    for error in errors:
        messages.setdefault(_field(error), _message(error))
    return messages
