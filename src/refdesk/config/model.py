"""The desk configuration as typed, immutable values."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

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
