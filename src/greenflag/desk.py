"""The Desk protocol: the one seam between the business vocabulary and an ITSM tool."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from greenflag.model import (
    Article,
    Group,
    Incident,
    IncidentForm,
    MajorIncident,
    Notification,
    Persona,
    SlaTimer,
    TimelineEntry,
)

__all__ = ["CAPABILITIES", "Desk", "DeskRefused", "TargetUnavailable"]

CAPABILITIES = frozenset({"incident", "major-incident", "sla", "knowledge", "survey",
                          "reporting", "inbound-email"})


class DeskRefused(AssertionError):
    """The desk refused an action a scenario expected to succeed: a product finding."""

    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status


class TargetUnavailable(RuntimeError):
    """The target cannot be reached or did not start: an environment fault, not a defect."""


class Desk(Protocol):
    """What a scenario may ask of an ITSM tool, in ITSM words.

    Person actions take the persona who acts; set-up and checks (groups, SLA timers,
    timelines, notifications, reports) are read with the desk's own authority.
    """

    channel: str

    def capabilities(self) -> frozenset[str]:
        """The optional features this target has (see CAPABILITIES)."""

    def create_persona(self, persona: Persona, **extra: Any) -> None:
        """Create a user with the persona's role (extra: skills, location, groups...)."""

    def create_group(self, group: Group) -> None:
        """Create an assignment group."""

    def submit_incident(self, who: Persona, form: IncidentForm) -> Incident:
        """Report an incident as `who` and return it as the desk shows it."""

    def raise_by_email(self, sender: Persona, subject: str, body: str) -> Incident:
        """Send the desk an e-mail and return the incident it raised."""

    def read_incident(self, who: Persona, number: str) -> Incident:
        """Read an incident as `who` sees it."""

    def inspect(self, number: str) -> Incident:
        """Read an incident with the desk's own authority, for checks."""

    def assign(self, who: Persona, number: str, group: str = "", assignee: str = "") -> Incident:
        """Assign to a group, or to a named agent."""

    def move(self, who: Persona, number: str, state: str, reason: str = "") -> Incident:
        """Move to another state (On Hold takes a reason)."""

    def reprioritise(self, who: Persona, number: str, impact: int, urgency: int) -> Incident:
        """Change impact and urgency."""

    def comment(self, who: Persona, number: str, text: str) -> None:
        """Add a comment."""

    def resolve(self, who: Persona, number: str, code: str, notes: str,
                article: str = "") -> Incident:
        """Resolve with a code, notes and optionally a knowledge article."""

    def confirm(self, who: Persona, number: str) -> Incident:
        """The caller confirms the resolution."""

    def reject(self, who: Persona, number: str, reason: str) -> Incident:
        """The caller rejects the resolution."""

    def answer_survey(self, who: Persona, number: str, score: int, comment: str = "") -> None:
        """The caller answers the satisfaction survey."""

    def sla_timers(self, number: str) -> list[SlaTimer]:
        """The incident's SLA timers."""

    def timeline(self, number: str) -> tuple[TimelineEntry, ...]:
        """Every recorded change of the incident."""

    def notifications(self, number: str = "") -> list[Notification]:
        """The notifications the desk says it sent."""

    def declare_major(self, who: Persona, number: str, title: str) -> MajorIncident:
        """Declare a major incident from an incident."""

    def link_child(self, who: Persona, major: str, number: str) -> MajorIncident:
        """Link a child incident to a major incident."""

    def post_update(self, who: Persona, major: str, text: str) -> MajorIncident:
        """Post a major-incident status update."""

    def resolve_major(self, who: Persona, major: str, notes: str) -> MajorIncident:
        """Resolve a major incident and its children."""

    def read_major(self, who: Persona, major: str) -> MajorIncident:
        """Read a major incident's bridge record."""

    def search_knowledge(self, who: Persona, words: str) -> list[Article]:
        """Knowledge articles matching the words."""

    def suggest_articles(self, who: Persona, text: str) -> list[Article]:
        """The articles suggested while a caller describes a problem."""

    def report(self, name: str) -> Any:
        """One of the desk's reports."""

    def set_time(self, now: datetime) -> None:
        """Set the desk's own clock."""
