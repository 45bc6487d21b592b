"""Priority from impact and urgency, by the configured matrix."""

from __future__ import annotations

from refdesk.config.model import PriorityScheme

__all__ = ["priority_for"]


def priority_for(scheme: PriorityScheme, impact: int, urgency: int) -> str:
    """Look up the priority code (e.g. 'P2') for an impact and urgency of 1..3."""
    if impact not in scheme.impact or urgency not in scheme.urgency:
        raise ValueError(f"impact and urgency must be 1..3, got {impact} and {urgency}")
    return scheme.matrix[impact - 1][urgency - 1]
