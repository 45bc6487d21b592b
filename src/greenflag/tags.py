"""What a scenario's Gherkin tags mean: MoSCoW, requirements, channels, capabilities."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "CHANNELS",
    "MOSCOW",
    "SEVERITY",
    "ScenarioTags",
    "TagError",
]

MOSCOW = ("must", "should", "could", "wont")
SEVERITY = {"must": "critical", "should": "normal", "could": "minor", "wont": "trivial"}
CHANNELS = ("api", "ui")
_REQUIREMENT = re.compile(r"^REQ-[A-Z0-9]+(?:-[A-Z0-9]+)*$")
_ONLY = {"api-only": ("api",), "ui-only": ("ui",)}


class TagError(ValueError):
    """A scenario's tags break the pack's rules."""


@dataclass(frozen=True)
class ScenarioTags:
    """The tags of one scenario, its feature's included, and where it stands."""

    tags: frozenset[str]
    location: str

    @property
    def moscow(self) -> str:
        """The one MoSCoW priority."""
        found = sorted(self.tags & set(MOSCOW))
        if len(found) != 1:
            problem = "has no MoSCoW tag" if not found else f"has {len(found)} MoSCoW tags"
            raise TagError(f"{self.location}: scenario {problem}; give it exactly one of "
                           "@must @should @could @wont (on the scenario or its feature)")
        return found[0]

    @property
    def requirements(self) -> list[str]:
        """The requirement ids it covers, e.g. REQ-INC-001."""
        found = sorted(tag for tag in self.tags if _REQUIREMENT.match(tag))
        if not found:
            raise TagError(f"{self.location}: scenario has no requirement tag; "
                           "add one such as @REQ-INC-001")
        return found

    @property
    def channels(self) -> tuple[str, ...]:
        """The channels it runs in: both, unless @api-only or @ui-only."""
        only = [_ONLY[tag] for tag in self.tags if tag in _ONLY]
        if len(only) > 1:
            raise TagError(f"{self.location}: scenario is both @api-only and @ui-only")
        return only[0] if only else CHANNELS

    @property
    def needs(self) -> list[str]:
        """Capabilities the target must have, from @needs-<capability> tags."""
        return sorted(tag.removeprefix("needs-") for tag in self.tags if tag.startswith("needs-"))

    def check(self) -> None:
        """Raise TagError when a rule is broken."""
        _ = self.moscow, self.requirements, self.channels
