"""Fold Allure attempts into one scenario per history id, retries and all."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from greenflag.signoff.results import Attempt
from greenflag.signoff.vocab import MOSCOW, NOT_RUN, PROBLEMS, UNTAGGED

__all__ = ["Scenario", "breakdown", "fold_attempts", "tally"]

_MANUAL_PREFIX = "manual:"
_JSON_FIELDS = (
    "name", "feature", "epic", "moscow", "status", "channel", "duration_s", "requirements",
    "failed_step", "message", "flaky", "retries", "id", "example", "manual",
)  # fmt: skip


@dataclass(frozen=True)
class Scenario:
    """One scenario as the sign-off pack reports it: its last attempt, plus retry facts."""

    name: str
    feature: str | None
    epic: str | None
    moscow: str
    status: str
    channel: str | None
    duration_s: float | None
    requirements: list[str] = field(default_factory=list)
    failed_step: str | None = None
    message: str | None = None
    flaky: bool = False
    retries: int = 0
    id: str = ""
    example: dict[str, str] = field(default_factory=dict)
    manual: dict[str, str] | None = None
    attempt: Attempt | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The scenario as a JSON-ready dict."""
        return {name: getattr(self, name) for name in _JSON_FIELDS}

    @property
    def is_manual(self) -> bool:
        """Whether a tester runs this scenario by hand."""
        if self.manual is not None:
            return True
        tags = self.attempt.labels.get("tag", []) if self.attempt else []
        reason = (self.message or "").lower().removeprefix("skipped:").strip()
        return "manual" in tags or reason.startswith(_MANUAL_PREFIX)

    @property
    def title(self) -> str:
        """The name with its example values, as a person tells outline rows apart."""
        values = ", ".join(self.example.values())
        return f"{self.name} [{values}]" if values else self.name


def fold_attempts(attempts: Iterable[Attempt]) -> list[Scenario]:
    """One Scenario per history id, keeping the last attempt by `stop`."""
    groups: dict[str, list[Attempt]] = {}
    for attempt in attempts:
        groups.setdefault(attempt.history_id, []).append(attempt)
    return sorted((_scenario(group) for group in groups.values()), key=_reading_order)


def tally(scenarios: Iterable[Scenario]) -> dict[str, dict[str, int]]:
    """Count scenarios per MoSCoW bucket and status; `untagged` appears only when used."""
    totals = {moscow: _empty_row() for moscow in MOSCOW}
    return _count(scenarios, lambda scenario: scenario.moscow, totals)


def breakdown(
    scenarios: Iterable[Scenario], key: Callable[[Scenario], str]
) -> dict[str, dict[str, int]]:
    """Count scenarios per `key` (a practice, a channel) and status."""
    return dict(sorted(_count(scenarios, key, {}).items()))


def _count(
    scenarios: Iterable[Scenario], key: Callable[[Scenario], str], rows: dict[str, dict[str, int]]
) -> dict[str, dict[str, int]]:
    for scenario in scenarios:
        row = rows.setdefault(key(scenario), _empty_row())
        # Won't scenarios are out of scope: they count as skipped, never as passed.
        row["skipped" if scenario.status == NOT_RUN else scenario.status] += 1
    return rows


def _scenario(attempts: list[Attempt]) -> Scenario:
    ordered = sorted(attempts, key=lambda attempt: attempt.stop or 0)
    last, earlier = ordered[-1], ordered[:-1]
    moscow = _moscow(last)
    status = NOT_RUN if moscow == "wont" else last.status
    return Scenario(
        name=last.name,
        feature=last.label("feature"),
        epic=last.label("epic"),
        moscow=moscow,
        status=status,
        channel=last.parameters.get("channel") or last.label("channel"),
        duration_s=last.duration_s,
        requirements=list(last.requirements),
        failed_step=last.failed_step if status in PROBLEMS else None,
        message=None if status == "passed" else last.message,
        flaky=status == "passed" and any(a.status in PROBLEMS for a in earlier),
        retries=len(earlier),
        id=last.history_id,
        example={k: v for k, v in last.parameters.items() if k != "channel"},
        attempt=last,
    )


def _moscow(attempt: Attempt) -> str:
    tagged = {value.strip().lower() for value in attempt.labels.get("moscow", [])}
    # Should a scenario carry two tags, the stronger one wins so no failure is played down.
    return next((moscow for moscow in MOSCOW if moscow in tagged), UNTAGGED)


def _empty_row() -> dict[str, int]:
    return {"passed": 0, "failed": 0, "broken": 0, "skipped": 0, "not_applicable": 0}


def _reading_order(scenario: Scenario) -> tuple[int, str, str, str, str, str]:
    rank = MOSCOW.index(scenario.moscow) if scenario.moscow in MOSCOW else len(MOSCOW)
    return (
        rank,
        scenario.epic or "",
        scenario.feature or "",
        scenario.name,
        scenario.channel or "",
        scenario.title,
    )
