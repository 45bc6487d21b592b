"""The incident workflow: states, allowed transitions and who may make them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["DEFAULT_TRANSITIONS", "HOLD_REASONS", "STATES", "Transition", "check", "final_states"]

STATES = ("New", "Assigned", "In Progress", "On Hold", "Resolved", "Closed", "Cancelled")

HOLD_REASONS = ("awaiting caller", "awaiting supplier")


@dataclass(frozen=True)
class Transition:
    """A move from one state to another, and the roles allowed to make it."""

    source: str
    target: str
    roles: frozenset[str]


_AGENTS = frozenset({"agent", "team_lead", "major_incident_manager", "admin"})
# Automatic assignment on creation and escalation's reassignment are made by the desk itself.
_ASSIGNERS = _AGENTS | {"system"}


def _moves(source: str, roles: frozenset[str], *targets: str) -> tuple[Transition, ...]:
    return tuple(Transition(source, target, roles) for target in targets)


DEFAULT_TRANSITIONS: tuple[Transition, ...] = (
    *_moves("New", _ASSIGNERS, "Assigned"),
    *_moves("New", _AGENTS, "In Progress", "Cancelled"),
    *_moves("Assigned", _AGENTS, "In Progress", "On Hold", "Resolved", "Cancelled"),
    *_moves("In Progress", _AGENTS, "On Hold", "Resolved"),
    *_moves("In Progress", _ASSIGNERS, "Assigned"),
    *_moves("On Hold", _AGENTS, "In Progress", "Resolved"),
    *_moves("Resolved", frozenset({"caller", "system"}), "Closed"),
    *_moves("Resolved", _AGENTS | {"caller"}, "In Progress"),
)


def final_states(transitions: Sequence[Transition]) -> frozenset[str]:
    """The known states that no transition leaves."""
    known = set(STATES) | {t.target for t in transitions}
    return frozenset(known - {t.source for t in transitions})


def _role_phrase(role: str) -> str:
    words = role.replace("_", " ")
    return f"{'an' if words[:1] in set('aeiou') else 'a'} {words}"


def check(transitions: Sequence[Transition], source: str, target: str, role: str) -> str | None:
    """None if the role may move an incident from source to target, else the reason why not."""
    known = set(STATES) | {t.source for t in transitions} | {t.target for t in transitions}
    unknown = [state for state in (source, target) if state not in known]
    if unknown:
        return f"{unknown[0]} is not a state"
    if source in final_states(transitions):
        return f"{source} is final"
    move = next((t for t in transitions if (t.source, t.target) == (source, target)), None)
    if move is None:
        return f"{source} cannot go to {target}"
    if role not in move.roles:
        return f"{_role_phrase(role)} may not move an incident to {target}"
    return None
