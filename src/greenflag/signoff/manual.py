"""Manual scenarios: their outcomes come from a results file a tester keeps."""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from greenflag.signoff.errors import SignoffError
from greenflag.signoff.scenarios import Scenario
from greenflag.signoff.vocab import NOT_RUN

__all__ = ["OUTCOMES", "ManualResult", "apply_manual", "read_manual"]

# A blocked manual check could not be carried out: like a broken scenario, it proves nothing.
OUTCOMES = {"passed": "passed", "failed": "failed", "blocked": "broken"}
_COLUMNS = ("scenario", "tester", "date", "outcome", "note")


@dataclass(frozen=True)
class ManualResult:
    """One line of the manual results file."""

    scenario: str
    tester: str
    date: str
    outcome: str
    note: str = ""


def read_manual(path: Path) -> list[ManualResult]:
    """Read `scenario,tester,date,outcome,note` lines; a header line is optional."""
    try:
        with Path(path).open(newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.reader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise SignoffError(f"cannot read the manual results file {path}: {error}") from error
    if rows and [c.strip().lower() for c in rows[0][:1]] == ["scenario"]:
        rows[0] = []
    return [_result(row, f"{path}:{n}") for n, row in enumerate(rows, 1) if any(row)]


def apply_manual(
    scenarios: Sequence[Scenario], results: Sequence[ManualResult], source: str | None
) -> tuple[list[Scenario], dict[str, Any]]:
    """Give manual scenarios their recorded outcome; return them and the manual section."""
    recorded = {_key(result.scenario): result for result in results}
    updated = [_applied(s, recorded.get(_key(s.name))) for s in scenarios]
    manual = [s for s in updated if s.is_manual and s.status != NOT_RUN]
    known = {_key(s.name) for s in manual}
    section = {
        "source": source,
        "results": [_entry(s) for s in manual],
        "pending": [s.title for s in manual if s.manual and s.manual["outcome"] == "pending"],
        "unmatched": [r.scenario for r in results if _key(r.scenario) not in known],
    }
    return updated, section


def _result(row: list[str], where: str) -> ManualResult:
    cells = [cell.strip() for cell in row] + [""] * len(_COLUMNS)
    scenario, tester, date, outcome, note = cells[:5]
    if not scenario:
        raise SignoffError(f"{where}: the scenario name is empty")
    if outcome.lower() not in OUTCOMES:
        raise SignoffError(
            f"{where}: outcome {outcome!r} is not one of {', '.join(OUTCOMES)}"
        )
    return ManualResult(scenario, tester, date, outcome.lower(), note)


def _applied(scenario: Scenario, result: ManualResult | None) -> Scenario:
    if not scenario.is_manual or scenario.status not in ("skipped", "not_applicable"):
        return scenario
    if result is None:
        pending = {"outcome": "pending", "tester": "", "date": "", "note": ""}
        return replace(scenario, manual=pending, message="manual: no outcome recorded yet")
    status = OUTCOMES[result.outcome]
    return replace(
        scenario,
        status=status,
        manual={"outcome": result.outcome, "tester": result.tester, "date": result.date,
                "note": result.note},
        message=None if status == "passed" else _message(result),
        failed_step="manual check" if status != "passed" else None,
    )


def _message(result: ManualResult) -> str:
    said = f": {result.note}" if result.note else ""
    return f"manual: {result.outcome} by {result.tester or 'a tester'} on {result.date}{said}"


def _entry(scenario: Scenario) -> dict[str, Any]:
    manual = scenario.manual or {"outcome": "automated", "tester": "", "date": "", "note": ""}
    return {"name": scenario.title, "channel": scenario.channel, "moscow": scenario.moscow,
            "status": scenario.status, **manual}


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()
