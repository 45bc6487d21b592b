"""The sign-off block: who signs, and the green-flag checklist they sign against."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import yaml

from greenflag.signoff.errors import SignoffError
from greenflag.signoff.vocab import PROBLEMS

__all__ = ["CHECKS", "DEFAULT_CONFIG", "read_config", "signoff_block"]

Report = Mapping[str, Any]


def _clean(report: Report, moscow: str) -> bool:
    row = report["totals"].get(moscow, {})
    return not any(row.get(status, 0) for status in PROBLEMS)


def _musts_traced(report: Report) -> bool:
    items = report["traceability"]["requirements"]
    return all(item["status"] == "OK" for item in items if item["moscow"] == "must")


CHECKS: dict[str, Callable[[Report], bool]] = {
    "must-passed": lambda report: _clean(report, "must"),
    "should-passed": lambda report: _clean(report, "should"),
    "must-requirements-ok": _musts_traced,
    "no-regressions": lambda report: not report["regressions"]["newly_failing"],
    "manual-recorded": lambda report: not report["manual"]["pending"],
    "no-environment-faults": lambda report: not any(
        row.get("broken", 0) for row in report["totals"].values()
    ),
}

DEFAULT_CONFIG: dict[str, Any] = {
    "stakeholders": [{"role": "UAT lead"}, {"role": "Service desk lead"},
                     {"role": "Business owner"}],
    "checklist": [
        {"item": "Every Must scenario passed", "check": "must-passed"},
        {"item": "Every Must requirement is proven by a passing scenario",
         "check": "must-requirements-ok"},
        {"item": "Nothing regressed since the previous run", "check": "no-regressions"},
        {"item": "Every manual scenario has a recorded outcome", "check": "manual-recorded"},
    ],
}


def read_config(path: Path | None) -> dict[str, Any]:
    """Read the stakeholders and checklist from a YAML file; the defaults when None."""
    if path is None:
        return DEFAULT_CONFIG
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise SignoffError(f"cannot read the sign-off config {path}: {error}") from error
    if not isinstance(data, dict):
        raise SignoffError(f"{path}: expected a mapping with stakeholders and checklist")
    return {key: data.get(key, DEFAULT_CONFIG.get(key)) for key in
            ("project", "stakeholders", "checklist")} | {"_path": str(path)}


def signoff_block(config: Mapping[str, Any], report: Report) -> dict[str, Any]:
    """The signoff section: stakeholders with blank decision lines, and the checklist."""
    where = config.get("_path", "the sign-off config")
    return {
        "source": config.get("_path"),
        "stakeholders": [_stakeholder(s, where) for s in config.get("stakeholders") or []],
        "checklist": [_item(i, where, report) for i in config.get("checklist") or []],
    }


def _stakeholder(entry: Any, where: str) -> dict[str, Any]:
    if isinstance(entry, str):
        entry = {"role": entry}
    if not isinstance(entry, dict) or not entry.get("role"):
        raise SignoffError(f"{where}: each stakeholder needs a role, got {entry!r}")
    return {"role": str(entry["role"]), "name": str(entry.get("name") or ""),
            "decision": None, "date": None, "signature": None}


def _item(entry: Any, where: str, report: Report) -> dict[str, Any]:
    if isinstance(entry, str):
        entry = {"item": entry}
    if not isinstance(entry, dict) or not entry.get("item"):
        raise SignoffError(f"{where}: each checklist entry needs an item, got {entry!r}")
    check = entry.get("check")
    if check is not None and check not in CHECKS:
        raise SignoffError(f"{where}: unknown check {check!r} for {entry['item']!r}; "
                           f"use one of {', '.join(CHECKS)} or none for a person to tick")
    raised = CHECKS[check](report) if check else None
    return {"item": str(entry["item"]), "check": check, "raised": raised}
