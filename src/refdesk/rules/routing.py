"""Choose an agent within a group: availability, skill, location, then a strategy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

__all__ = ["STRATEGIES", "Candidate", "choose"]


@dataclass(frozen=True)
class Candidate:
    """An agent who might take the incident, with what routing needs to know."""

    username: str
    skills: frozenset[str]
    location: str
    available: bool
    open_count: int
    last_assigned_at: datetime | None


def _least_loaded(candidate: Candidate) -> tuple[int, str]:
    return candidate.open_count, candidate.username


def _round_robin(candidate: Candidate) -> tuple[bool, float, str]:
    last = candidate.last_assigned_at
    return last is not None, last.timestamp() if last else 0.0, candidate.username


STRATEGIES: dict[str, Callable[[Candidate], tuple[object, ...]]] = {
    "least_loaded": _least_loaded,
    "round_robin": _round_robin,
}


def _prefer(candidates: list[Candidate], keep: Callable[[Candidate], bool]) -> list[Candidate]:
    """The candidates that pass ``keep``, or all of them if none does."""
    return [c for c in candidates if keep(c)] or candidates


def choose(
    candidates: Sequence[Candidate],
    strategy: str,
    skill: str | None = None,
    location: str | None = None,
) -> str | None:
    """The username to assign: available, with the skill and caller's location if any match."""
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown strategy {strategy!r}; use one of {sorted(STRATEGIES)}")
    pool = [c for c in candidates if c.available]
    if skill is not None:
        pool = _prefer(pool, lambda c: skill in c.skills)
    if location is not None:
        pool = _prefer(pool, lambda c: c.location == location)
    return min(pool, key=STRATEGIES[strategy]).username if pool else None
