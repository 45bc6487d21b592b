"""Requirement traceability: each requirement OK, NOK, NOTRUN or UNCOVERED."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from greenflag.signoff.errors import SignoffError
from greenflag.signoff.scenarios import Scenario
from greenflag.signoff.vocab import MOSCOW, PROBLEMS, UNTAGGED

__all__ = ["TRACE_STATUSES", "Requirement", "read_catalogue", "trace"]

TRACE_STATUSES = ("OK", "NOK", "NOTRUN", "UNCOVERED")
_REQUIRED_COLUMNS = ("id", "title", "moscow")


@dataclass(frozen=True)
class Requirement:
    """One line of the requirement catalogue."""

    id: str
    title: str
    practice: str
    moscow: str
    description: str = ""


def read_catalogue(path: Path) -> list[Requirement]:
    """Read a CSV with the columns id, title, practice, moscow, description."""
    try:
        with Path(path).open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            _check_columns(reader.fieldnames or [], path)
            return [_requirement(row, f"{path}:{n}") for n, row in enumerate(reader, 2)]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise SignoffError(f"cannot read the requirement catalogue {path}: {error}") from error


def trace(
    catalogue: Sequence[Requirement], scenarios: Sequence[Scenario], source: str | None
) -> dict[str, Any]:
    """The traceability section: every requirement with its status and its scenarios."""
    covering: dict[str, list[Scenario]] = {}
    for scenario in scenarios:
        for requirement in scenario.requirements:
            covering.setdefault(requirement, []).append(scenario)
    known = {requirement.id: requirement for requirement in catalogue}
    items = [_item(known[rid], covering.get(rid, []), True) for rid in known]
    items += [_item(_derived(rid, covering[rid]), covering[rid], False)
              for rid in sorted(covering) if rid not in known]
    counts = {status: sum(i["status"] == status for i in items) for status in TRACE_STATUSES}
    return {"source": source, "counts": counts, "requirements": items}


def _check_columns(columns: Sequence[str], path: Path) -> None:
    missing = [c for c in _REQUIRED_COLUMNS if c not in [n.strip().lower() for n in columns]]
    if missing:
        raise SignoffError(f"{path}: the requirement catalogue lacks the column(s) "
                           f"{', '.join(missing)} (expected id,title,practice,moscow,description)")


def _requirement(row: dict[str, Any], where: str) -> Requirement:
    cells = {str(k).strip().lower(): str(v or "").strip() for k, v in row.items() if k}
    moscow = cells.get("moscow", "").lower()
    if not cells.get("id"):
        raise SignoffError(f"{where}: the requirement id is empty")
    if moscow not in MOSCOW:
        raise SignoffError(f"{where}: moscow {moscow!r} is not one of {', '.join(MOSCOW)}")
    return Requirement(cells["id"], cells.get("title", ""), cells.get("practice", ""), moscow,
                       cells.get("description", ""))


def _derived(rid: str, scenarios: Sequence[Scenario]) -> Requirement:
    ranks = [MOSCOW.index(s.moscow) for s in scenarios if s.moscow in MOSCOW]
    moscow = MOSCOW[min(ranks)] if ranks else UNTAGGED
    return Requirement(rid, "", scenarios[0].epic or "", moscow)


def _item(requirement: Requirement, scenarios: Sequence[Scenario], listed: bool) -> dict[str, Any]:
    return {
        "id": requirement.id,
        "title": requirement.title,
        "practice": requirement.practice,
        "moscow": requirement.moscow,
        "status": _status(scenarios),
        "in_catalogue": listed,
        "scenarios": [{"name": s.title, "channel": s.channel, "status": s.status}
                      for s in scenarios],
    }


def _status(scenarios: Sequence[Scenario]) -> str:
    statuses = {scenario.status for scenario in scenarios}
    if not statuses:
        return "UNCOVERED"
    if statuses & set(PROBLEMS):
        return "NOK"
    return "OK" if "passed" in statuses else "NOTRUN"
