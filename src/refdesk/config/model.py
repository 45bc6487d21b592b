"""The desk configuration as typed, immutable values."""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from refdesk.config.extras import (
    CalendarSpec,
    ClosureSpec,
    EscalationSpec,
    FormSpec,
    GroupSpec,
    IntegrationSpec,
    KbSeed,
    MajorSpec,
    SlaSpec,
    TemplateSpec,
    TransitionSpec,
)

__all__ = ["DeskConfig", "DeskInfo", "KeywordRule", "PriorityScheme", "Routing"]


@dataclass(frozen=True)
class DeskInfo:
    """Who the desk is: its name, home timezone and sender address."""

    name: str
    timezone: str
    email_from: str

    @property
    def zone(self) -> ZoneInfo:
        """The desk's timezone as a ZoneInfo."""
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class Routing:
    """Where an incident lands: its category, subcategory and assignment group."""

    category: str
    subcategory: str
    group: str

    @property
    def path(self) -> str:
        """Category and subcategory as one readable string."""
        return f"{self.category} / {self.subcategory}"


@dataclass(frozen=True)
class KeywordRule:
    """Route an incident when one of the keywords appears in its text."""

    keywords: tuple[str, ...]
    routing: Routing


@dataclass(frozen=True)
class PriorityScheme:
    """The impact and urgency scales and the matrix that turns them into a priority."""

    impact: dict[int, str]
    urgency: dict[int, str]
    labels: dict[str, str]
    matrix: tuple[tuple[str, ...], ...]

    def label(self, code: str) -> str:
        """The human name of a priority code, e.g. 'High' for 'P2'."""
        return self.labels[code]


@dataclass(frozen=True)
class DeskConfig:
    """The whole desk configuration, read from one YAML file."""

    desk: DeskInfo
    categories: tuple[KeywordRule, ...]
    default_category: Routing
    priority: PriorityScheme
    source: str = "<memory>"
    fingerprint: str = ""
    forms: dict[str, FormSpec] = field(default_factory=dict)
    calendars: dict[str, CalendarSpec] = field(default_factory=dict)
    sla: SlaSpec = field(default_factory=lambda: SlaSpec(targets={}))
    escalations: EscalationSpec = field(default_factory=EscalationSpec)
    workflow: dict[str, tuple[TransitionSpec, ...] | tuple[str, ...]] = field(
        default_factory=dict
    )
    notifications: dict[str, TemplateSpec] = field(default_factory=dict)
    groups: tuple[GroupSpec, ...] = ()
    permissions: dict[str, frozenset[str]] = field(default_factory=dict)
    integrations: IntegrationSpec = field(default_factory=IntegrationSpec)
    major_incident: MajorSpec = field(default_factory=MajorSpec)
    closure: ClosureSpec = field(default_factory=ClosureSpec)
    knowledge: tuple[KbSeed, ...] = ()

    def form(self, path: str) -> FormSpec:
        """The form settings of a 'Category / Subcategory' (empty if none are configured)."""
        return self.forms.get(path, FormSpec())
