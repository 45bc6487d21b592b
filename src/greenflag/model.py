"""The ITSM nouns the harness speaks of, independent of any one tool."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

__all__ = [
    "LEVELS",
    "Article",
    "Group",
    "Incident",
    "IncidentForm",
    "MajorIncident",
    "Notification",
    "Persona",
    "SlaTimer",
    "TimelineEntry",
    "level",
]

LEVELS = {"high": 1, "medium": 2, "low": 3}


def level(word: str) -> int:
    """Turn an impact or urgency word ('High', '2 - Medium', '3') into its level 1..3."""
    text = word.strip().lower()
    if text and text[0] in "123":
        return int(text[0])
    for name, value in LEVELS.items():
        if name in text:
            return value
    raise ValueError(f"{word!r} is not an impact or urgency: use High, Medium or Low")


@dataclass(frozen=True)
class Persona:
    """A person who uses the desk: a caller, an agent, a manager."""

    first_name: str
    last_name: str
    username: str
    email: str
    role: str
    department: str = ""
    location: str = ""
    password: str = field(default="", repr=False)

    @property
    def full_name(self) -> str:
        """First and last name."""
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class Group:
    """An assignment group: its team lead, members and how work is shared among them."""

    name: str
    team_lead: str = ""
    members: tuple[str, ...] = ()
    strategy: str = "least_loaded"


@dataclass(frozen=True)
class IncidentForm:
    """What a caller fills in to report an incident."""

    summary: str
    description: str
    impact: int = 3
    urgency: int = 3
    custom: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Incident:
    """An incident as the desk shows it."""

    number: str
    summary: str
    category: str
    subcategory: str
    priority: str
    priority_label: str
    state: str
    assignment_group: str = ""
    caller: str = ""
    opened_at: datetime | None = None
    assignee: str = ""
    hold_reason: str = ""
    resolution_code: str = ""
    resolution_notes: str = ""
    kb_article: str = ""
    major_incident: str = ""
    custom: dict[str, str] = field(default_factory=dict)

    @property
    def service(self) -> str:
        """Category and subcategory, as 'Software / Email'."""
        return f"{self.category} / {self.subcategory}"

    @property
    def priority_text(self) -> str:
        """Priority with its label, as 'P2 - High'."""
        return f"{self.priority} - {self.priority_label}"


@dataclass(frozen=True)
class SlaTimer:
    """One SLA clock of an incident: response or resolution."""

    kind: str
    target_minutes: int
    due_at: datetime
    elapsed_minutes: float
    state: str


@dataclass(frozen=True)
class TimelineEntry:
    """One recorded change: who did what, when, from what to what."""

    at: datetime
    actor: str
    action: str
    field: str = ""
    before: str = ""
    after: str = ""
    note: str = ""


@dataclass(frozen=True)
class Notification:
    """An e-mail the desk says it sent."""

    event: str
    to: tuple[str, ...]
    subject: str

    def is_event(self, words: str) -> bool:
        """Whether this is the event a tester names, e.g. 'SLA warning' for sla_warning."""
        return self.event.replace("_", " ").lower() == words.lower()


@dataclass(frozen=True)
class MajorIncident:
    """A major incident: the bridge record that brings teams together."""

    id: str
    title: str
    state: str
    incident: str
    children: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    updates: tuple[str, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()


@dataclass(frozen=True)
class Article:
    """A knowledge article."""

    id: str
    title: str
    keywords: tuple[str, ...] = ()
