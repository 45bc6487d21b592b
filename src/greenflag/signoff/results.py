"""Read Allure 2 result files (any Allure producer) into plain records."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from greenflag.signoff.errors import SignoffError
from greenflag.signoff.vocab import PROBLEMS

__all__ = ["Attempt", "parse_attempt", "read_environment", "read_results"]

_KNOWN_STATUSES = ("passed", "failed", "broken", "skipped")
_PROPERTY = re.compile(r"^([^=:]+?)\s*[=:]\s*(.*)$")


@dataclass(frozen=True)
class Attempt:
    """One run of one scenario, as one `*-result.json` file records it."""

    name: str
    status: str
    history_id: str
    start: int | None = None
    stop: int | None = None
    message: str | None = None
    failed_step: str | None = None
    labels: dict[str, list[str]] = field(default_factory=dict)
    parameters: dict[str, str] = field(default_factory=dict)
    requirements: list[str] = field(default_factory=list)

    def label(self, name: str) -> str | None:
        """The first value of the label `name`, or None."""
        values = self.labels.get(name)
        return values[0] if values else None

    @property
    def duration_s(self) -> float | None:
        """Wall time in seconds, or None when the file lacks start or stop."""
        if self.start is None or self.stop is None:
            return None
        return round((self.stop - self.start) / 1000, 3)


def read_results(folder: Path) -> list[Attempt]:
    """Read every `*-result.json` in `folder`; containers and attachments are ignored."""
    folder = Path(folder)
    hint = f"run the scenarios with --alluredir={folder} first"
    if not folder.is_dir():
        raise SignoffError(f"no Allure results folder at {folder}: {hint}")
    files = sorted(folder.glob("*-result.json"))
    if not files:
        raise SignoffError(f"no Allure results (*-result.json) in {folder}: {hint}")
    return [parse_attempt(_load(path), fallback_id=path.stem) for path in files]


def read_environment(folder: Path) -> dict[str, str]:
    """Read `environment.properties` from `folder` as a dict; empty when absent."""
    path = Path(folder) / "environment.properties"
    if not path.is_file():
        return {}
    pairs = (_PROPERTY.match(line.strip()) for line in path.read_text("utf-8").splitlines())
    return {m[1]: m[2] for m in pairs if m and not m[1].startswith(("#", "!"))}


def parse_attempt(data: dict[str, Any], fallback_id: str = "") -> Attempt:
    """Turn one decoded Allure result into an Attempt."""
    details = data.get("statusDetails") or {}
    message = _text(details.get("message"))
    return Attempt(
        name=str(data.get("name") or data.get("fullName") or "unnamed scenario"),
        status=_status(data.get("status"), message),
        history_id=str(data.get("historyId") or data.get("fullName") or fallback_id),
        start=data.get("start"),
        stop=data.get("stop"),
        message=message,
        failed_step=_failed_step(data.get("steps") or []),
        labels=_labels(data.get("labels") or []),
        parameters=_parameters(data.get("parameters") or []),
        requirements=_requirements(data),
    )


def _load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SignoffError(f"{path} is not a readable Allure result: {error}") from error
    if not isinstance(data, dict):
        raise SignoffError(f"{path} is not a readable Allure result: expected a JSON object")
    return data


def _status(raw: Any, message: str | None) -> str:
    status = str(raw or "").lower()
    if status == "skipped" and _is_not_applicable(message):
        return "not_applicable"
    # A missing or "unknown" status means the run never finished: the environment's fault.
    return status if status in _KNOWN_STATUSES else "broken"


def _is_not_applicable(message: str | None) -> bool:
    text = (message or "").strip().lower()
    # Python test runners prefix skip reasons with "Skipped: " on their way to Allure.
    return text.removeprefix("skipped:").strip().startswith("not applicable")


def _text(value: Any) -> str | None:
    # Some producers record a skip's reason as a (file, line, reason) triple.
    if isinstance(value, list | tuple):
        value = value[-1] if value else None
    text = str(value).strip() if value is not None else ""
    return text or None


def _failed_step(steps: list[dict[str, Any]]) -> str | None:
    for step in steps:
        if str(step.get("status", "")).lower() in PROBLEMS:
            inner = _failed_step(step.get("steps") or [])
            name = str(step.get("name") or "unnamed step")
            return f"{name} › {inner}" if inner else name
    return None


def _labels(items: list[dict[str, Any]]) -> dict[str, list[str]]:
    labels: dict[str, list[str]] = {}
    for item in items:
        labels.setdefault(str(item.get("name")), []).append(str(item.get("value", "")))
    return labels


def _parameters(items: list[dict[str, Any]]) -> dict[str, str]:
    return {str(item.get("name")): _unquote(str(item.get("value", ""))) for item in items}


def _unquote(value: str) -> str:
    # The Python Allure adapters record values with repr(), so "api" arrives as "'api'".
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _requirements(data: dict[str, Any]) -> list[str]:
    found = {
        str(item.get("value"))
        for item in data.get("labels") or []
        if item.get("name") == "requirement"
    }
    for link in data.get("links") or []:
        if link.get("type") == "requirement":
            found.add(str(link.get("name") or link.get("url", "")).rstrip("/").split("/")[-1])
    return sorted(found - {"", "None"})
