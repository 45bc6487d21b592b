"""The sign-off rule: from MoSCoW totals and findings to GO, GO WITH CONDITIONS or NO-GO."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from greenflag.signoff.vocab import PROBLEMS, plural

__all__ = ["GO", "GO_WITH_CONDITIONS", "NO_GO", "Findings", "Verdict", "decide"]

GO = "GO"
GO_WITH_CONDITIONS = "GO_WITH_CONDITIONS"
NO_GO = "NO_GO"

Row = Mapping[str, int]
_NAMED_IN_REASON = 3


@dataclass(frozen=True)
class Findings:
    """What the totals do not show: named issues, uncovered Musts, open items."""

    must_issues: Sequence[str] = ()
    should_issues: Sequence[str] = ()
    uncovered_musts: Sequence[str] = ()
    open_items: Sequence[str] = ()


@dataclass(frozen=True)
class Verdict:
    """The verdict code, the one sentence that justifies it, and what it hangs on."""

    code: str
    reason: str
    blockers: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()


def decide(totals: Mapping[str, Row], findings: Findings | None = None) -> Verdict:
    """Any Must failed or broken, or a Must requirement uncovered, is NO_GO; any Should
    failed or broken, or an open item, is GO_WITH_CONDITIONS; else GO."""
    found = findings or Findings()
    must, should = totals.get("must", {}), totals.get("should", {})
    blockers = (*(found.must_issues or _summary(must, "Must")), *_uncovered(found, None))
    conditions = (*(found.should_issues or _summary(should, "Should")), *found.open_items)
    if blockers:
        reason = _join(_shortfall(must, "Must") + _uncovered(found, _NAMED_IN_REASON))
        reason = f"{reason[:1].upper()}{reason[1:]}, so go-live is not recommended."
        return Verdict(NO_GO, reason, blockers, conditions)
    if conditions:
        return Verdict(GO_WITH_CONDITIONS, _conditions_reason(should, found, len(conditions)),
                       (), conditions)
    passed, total = must.get("passed", 0), sum(must.values())
    return Verdict(
        GO, f"No Must or Should scenario failed or broke; {passed} of {total} Must passed."
    )


def _conditions_reason(should: Row, found: Findings, count: int) -> str:
    parts = _join(_shortfall(should, "Should") + _open(found.open_items))
    return (f"No Must scenario failed or broke, but {parts}, so go-live depends on the"
            f" {plural(count, 'condition')} listed.")


def _shortfall(row: Row, title: str) -> list[str]:
    failed, broken = row.get("failed", 0), row.get("broken", 0)
    parts = []
    if failed:
        defects = "a product defect" if failed == 1 else "product defects"
        parts.append(f"{plural(failed, f'{title} scenario')} failed ({defects})")
    if broken:
        verb = "is" if broken == 1 else "are"
        faults = "an environment fault" if broken == 1 else "environment faults"
        parts.append(f"{plural(broken, f'{title} scenario')} {verb} broken ({faults}, not a"
                     " product defect)")
    return parts


def _summary(row: Row, title: str) -> list[str]:
    count = sum(row.get(status, 0) for status in PROBLEMS)
    return [f"{plural(count, f'{title} scenario')} did not pass"] if count else []


def _uncovered(found: Findings, limit: int | None) -> list[str]:
    ids = list(found.uncovered_musts)
    if len(ids) == 1:
        return [f"Must requirement {ids[0]} has no scenario"]
    if not ids:
        return []
    named = ", ".join(ids[:limit])
    more = f" and {len(ids) - limit} more" if limit is not None and len(ids) > limit else ""
    return [f"{len(ids)} Must requirements have no scenario ({named}{more})"]


def _open(items: Sequence[str]) -> list[str]:
    if not items:
        return []
    return [f"{plural(len(items), 'further item')} {'is' if len(items) == 1 else 'are'} open"]


def _join(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
