"""Escalation rules: which fire when an SLA reaches warning or breach, each only once."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["THRESHOLDS", "EscalationRule", "due", "raised"]

THRESHOLDS = ("warning", "breach")


@dataclass(frozen=True)
class EscalationRule:
    """Actions (e.g. ``notify:team_lead``, ``reassign:Second Line``) at a warning or breach."""

    id: str
    at: str
    actions: tuple[str, ...]


def due(
    rules: Sequence[EscalationRule], reached: set[str], fired: set[str]
) -> list[EscalationRule]:
    """The rules whose threshold is reached and that have not fired yet, in rule order."""
    return [rule for rule in rules if rule.at in reached and rule.id not in fired]


def raised(priority: str) -> str:
    """One priority higher (P3 → P2); P1 stays P1."""
    match = re.fullmatch(r"P([1-9])", priority)
    if match is None:
        raise ValueError(f"priority must look like P1..P9, got {priority!r}")
    return f"P{max(int(match.group(1)) - 1, 1)}"
