"""Request bodies of the desk's actions beyond reporting an incident."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from refdesk.schemas import IncidentCreate, Level, Name

__all__ = [
    "ArticleCreate",
    "AssignBody",
    "ChildBody",
    "CommentBody",
    "GroupCreate",
    "IncidentOnBehalf",
    "IncidentPatch",
    "MajorCreate",
    "RejectBody",
    "ResolveBody",
    "ResolveMajorBody",
    "ReviewBody",
    "SurveyBody",
    "TransitionBody",
    "UpdateBody",
]

Text = Annotated[str, Field(min_length=1, max_length=4000)]
Ref = Annotated[str, Field(min_length=1, max_length=64)]


class _Body(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)


class IncidentOnBehalf(IncidentCreate):
    """An incident report; agents may name the caller it is for."""

    caller: Ref | None = None


class IncidentPatch(_Body):
    """A new impact and/or urgency: the desk re-prioritises."""

    impact: Level | None = None
    urgency: Level | None = None


class AssignBody(_Body):
    """A group (the desk picks the agent) and/or a named assignee."""

    group: Name | None = None
    assignee: Ref | None = None


class TransitionBody(_Body):
    """The state to move to, with a reason when the state needs one."""

    state: Name
    reason: Annotated[str, Field(max_length=200)] | None = None


class CommentBody(_Body):
    """A comment; internal ones (work notes) are hidden from the caller."""

    text: Text
    internal: bool = False


class ResolveBody(_Body):
    """How the incident was resolved, and an optional knowledge article."""

    code: Name
    notes: Text
    article: Ref | None = None


class RejectBody(_Body):
    """Why the caller does not accept the resolution."""

    reason: Text


class SurveyBody(_Body):
    """The caller's satisfaction."""

    score: Annotated[int, Field(strict=True, ge=1, le=5)]
    comment: Annotated[str, Field(max_length=2000)] = ""


class GroupCreate(_Body):
    """An assignment group."""

    name: Name
    team_lead: Ref | None = None
    members: Annotated[list[Ref], Field(max_length=200)] = []
    strategy: Literal["least_loaded", "round_robin"] = "least_loaded"


class MajorCreate(_Body):
    """Declare a major incident from an incident."""

    incident: Ref
    title: Annotated[str, Field(min_length=1, max_length=200)] | None = None


class ChildBody(_Body):
    """Link an incident to a major incident."""

    incident: Ref


class UpdateBody(_Body):
    """A status update broadcast to stakeholders."""

    text: Text


class ResolveMajorBody(_Body):
    """Close the outage: notes for everyone involved."""

    notes: Text


class ReviewBody(_Body):
    """The post-incident review."""

    summary: Text
    actions: Annotated[list[Annotated[str, Field(min_length=1, max_length=500)]],
                       Field(max_length=100)] = []


class ArticleCreate(_Body):
    """A knowledge article."""

    title: Annotated[str, Field(min_length=1, max_length=200)]
    keywords: Annotated[list[Name], Field(max_length=50)] = []
    body: Text
