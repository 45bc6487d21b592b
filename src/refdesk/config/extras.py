"""The desk configuration beyond routing and priority: SLAs, workflow, closure, integrations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

__all__ = [
    "DEFAULT_CALENDAR",
    "DEFAULT_TARGET",
    "CalendarSpec",
    "ClosureSpec",
    "CustomField",
    "EscalationSpec",
    "FormSpec",
    "GroupSpec",
    "IntegrationSpec",
    "KbSeed",
    "MajorSpec",
    "SlaSpec",
    "SlaTarget",
    "TemplateSpec",
    "TransitionSpec",
]


@dataclass(frozen=True)
class CalendarSpec:
    """A named working calendar: 24×7 when ``hours`` is None."""

    name: str
    timezone: str
    hours: dict[int, tuple[time, time]] | None
    holidays: frozenset[date]


@dataclass(frozen=True)
class SlaTarget:
    """Response and resolution targets of one priority, on one calendar."""

    response: timedelta
    resolution: timedelta
    calendar: str


@dataclass(frozen=True)
class SlaSpec:
    """SLA targets per priority, the warning threshold and the pausing states."""

    targets: dict[str, SlaTarget]
    warn_at: float = 0.75
    pause_states: tuple[str, ...] = ("On Hold",)


@dataclass(frozen=True)
class EscalationSpec:
    """Escalation rules and who the duty manager is."""

    rules: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    duty_manager: str | None = None


@dataclass(frozen=True)
class TransitionSpec:
    """One allowed state change and the roles that may make it."""

    source: str
    target: str
    roles: frozenset[str]


@dataclass(frozen=True)
class TemplateSpec:
    """An e-mail for one event: its recipients, subject and body templates."""

    to: tuple[str, ...]
    subject: str
    body: str


@dataclass(frozen=True)
class GroupSpec:
    """An assignment group seeded at start."""

    name: str
    team_lead: str | None = None
    strategy: str = "least_loaded"


@dataclass(frozen=True)
class CustomField:
    """An extra field on the incident form of one category."""

    name: str
    label: str
    required: bool = False
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class FormSpec:
    """Mandatory and custom fields of one category, and the skill it needs."""

    mandatory: tuple[str, ...] = ()
    custom: tuple[CustomField, ...] = ()
    skill: str | None = None


@dataclass(frozen=True)
class IntegrationSpec:
    """Outbound chat webhook and inbound e-mail settings."""

    webhook_url: str | None = None
    inbound_email: bool = True


@dataclass(frozen=True)
class MajorSpec:
    """The major-incident procedure: update cadence and stakeholders."""

    update_every: timedelta = timedelta(minutes=30)
    stakeholders: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClosureSpec:
    """Resolution codes, confirmation, survey and auto-close."""

    resolution_codes: tuple[str, ...] = ("Solved",)
    confirmation: bool = True
    survey: bool = True
    auto_close_days: int = 3
    calendar: str = "24x7"


@dataclass(frozen=True)
class KbSeed:
    """A knowledge article loaded at start."""

    title: str
    keywords: tuple[str, ...]
    body: str


DEFAULT_CALENDAR = CalendarSpec("24x7", "UTC", None, frozenset())
DEFAULT_TARGET = SlaTarget(timedelta(hours=1), timedelta(days=5), "24x7")
