"""The Desk protocol: the one seam between the business vocabulary and an ITSM tool."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from greenflag.model import Incident, IncidentForm, Persona

__all__ = ["CAPABILITIES", "Desk", "DeskRefused", "TargetUnavailable"]

CAPABILITIES = frozenset({"incident", "major-incident", "sla", "knowledge", "survey"})


class DeskRefused(AssertionError):
    """The desk refused an action a scenario expected to succeed: a product finding."""


class TargetUnavailable(RuntimeError):
    """The target cannot be reached or did not start: an environment fault, not a defect."""


class Desk(Protocol):
    """What a scenario may ask of an ITSM tool, in ITSM words."""

    channel: str

    def capabilities(self) -> frozenset[str]:
        """The optional features this target has."""
        ...

    def create_persona(self, persona: Persona) -> None:
        """Create a user with the persona's role."""
        ...

    def submit_incident(self, who: Persona, form: IncidentForm) -> Incident:
        """Report an incident as `who` and return it as the desk shows it."""
        ...

    def read_incident(self, who: Persona, number: str) -> Incident:
        """Read an incident as `who` sees it."""
        ...

    def set_time(self, now: datetime) -> None:
        """Set the desk's own clock."""
        ...
