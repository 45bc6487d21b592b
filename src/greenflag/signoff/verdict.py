"""The sign-off rule: from MoSCoW totals to GO, GO WITH CONDITIONS or NO-GO."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from greenflag.signoff.vocab import PROBLEMS

__all__ = ["GO", "GO_WITH_CONDITIONS", "NO_GO", "Verdict", "decide"]

GO = "GO"
GO_WITH_CONDITIONS = "GO_WITH_CONDITIONS"
NO_GO = "NO_GO"

Row = Mapping[str, int]


@dataclass(frozen=True)
class Verdict:
    """The verdict code and the one sentence that justifies it."""

    code: str
    reason: str


def decide(totals: Mapping[str, Row]) -> Verdict:
    """Any Must failed or broken is NO_GO; else any Should is GO_WITH_CONDITIONS; else GO."""
    must, should = totals.get("must", {}), totals.get("should", {})
    if _problems(must):
        return Verdict(NO_GO, f"{_shortfall(must, 'Must')}, so go-live is not recommended.")
    if _problems(should):
        return Verdict(
            GO_WITH_CONDITIONS,
            f"No Must scenario failed or broke, but {_shortfall(should, 'Should')}.",
        )
    passed, total = must.get("passed", 0), sum(must.values())
    return Verdict(
        GO, f"No Must or Should scenario failed or broke; {passed} of {total} Must passed."
    )


def _problems(row: Row) -> int:
    return sum(row.get(status, 0) for status in PROBLEMS)


def _shortfall(row: Row, title: str) -> str:
    count = _problems(row)
    parts = ", ".join(f"{row[s]} {s}" for s in PROBLEMS if row.get(s, 0))
    noun = "scenario" if count == 1 else "scenarios"
    return f"{count} {title} {noun} did not pass ({parts})"
