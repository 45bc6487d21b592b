"""Read Allure 2 result files (any Allure producer) into plain records."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from greenflag.signoff.errors import SignoffError
from greenflag.signoff.secrets import Redactor, looks_secret
from greenflag.signoff.vocab import PROBLEMS

__all__ = ["Attachment", "Attempt", "parse_attempt", "read_environment", "read_results"]

_KNOWN_STATUSES = ("passed", "failed", "broken", "skipped")
_PROPERTY = re.compile(r"^([^=:]+?)\s*[=:]\s*(.*)$")
_NO_SECRETS = Redactor()


@dataclass(frozen=True)
class Attachment:
    """A file an Allure result points at: a screenshot, a trace, a data table."""

    name: str
    source: str
    type: str = ""


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
    uuid: str = ""
    step_message: str | None = None
    attachments: tuple[Attachment, ...] = ()

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


def read_results(folder: Path, redactor: Redactor = _NO_SECRETS) -> list[Attempt]:
    """Read every `*-result.json` in `folder`; containers and attachments are ignored."""
    folder = Path(folder)
    hint = f"run the scenarios with --alluredir={folder} first"
    if not folder.is_dir():
        raise SignoffError(f"no Allure results folder at {folder}: {hint}")
    files = sorted(folder.glob("*-result.json"))
    if not files:
        raise SignoffError(f"no Allure results (*-result.json) in {folder}: {hint}")
    return [parse_attempt(_load(path), path.stem, redactor) for path in files]


def read_environment(folder: Path) -> dict[str, str]:
    """Read `environment.properties` from `folder` as a dict; empty when absent."""
    path = Path(folder) / "environment.properties"
    if not path.is_file():
        return {}
    pairs = (_PROPERTY.match(line.strip()) for line in path.read_text("utf-8").splitlines())
    return {m[1]: m[2] for m in pairs if m and not m[1].startswith(("#", "!"))}


def parse_attempt(
    data: dict[str, Any], fallback_id: str = "", redactor: Redactor = _NO_SECRETS
) -> Attempt:
    """Turn one decoded Allure result into an Attempt, secrets masked."""
    redactor = redactor.joined(_secret_values(data))
    details = data.get("statusDetails") or {}
    message = _text(details.get("message"))
    failed = _failed_steps(data.get("steps") or [])
    return Attempt(
        name=redactor.text(str(data.get("name") or data.get("fullName") or "unnamed scenario")),
        status=_status(data.get("status"), message),
        history_id=redactor.text(str(data.get("historyId") or data.get("fullName") or fallback_id)),
        start=data.get("start"),
        stop=data.get("stop"),
        message=redactor.text(message),
        failed_step=redactor.text(" › ".join(_step_name(s) for s in failed) or None),
        labels=_labels(data.get("labels") or [], redactor),
        parameters=redactor.mapping(_parameters(data.get("parameters") or [])),
        requirements=_requirements(data),
        uuid=str(data.get("uuid") or fallback_id.removesuffix("-result")),
        step_message=redactor.text(_step_message(failed)),
        attachments=tuple(_attachments(data)),
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


def _failed_steps(steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for step in steps:
        if str(step.get("status", "")).lower() in PROBLEMS:
            return [step, *_failed_steps(step.get("steps") or [])]
    return []


def _step_name(step: dict[str, Any]) -> str:
    return str(step.get("name") or "unnamed step")


def _step_message(failed: list[dict[str, Any]]) -> str | None:
    messages = [_text((s.get("statusDetails") or {}).get("message")) for s in failed]
    return next((m for m in reversed(messages) if m), None)


def _labels(items: list[dict[str, Any]], redactor: Redactor) -> dict[str, list[str]]:
    labels: dict[str, list[str]] = {}
    for item in items:
        value = redactor.text(str(item.get("value", ""))) or ""
        labels.setdefault(str(item.get("name")), []).append(value)
    return labels


def _parameters(items: list[dict[str, Any]]) -> dict[str, str]:
    return {
        str(item.get("name")): _unquote(str(item.get("value", "")))
        for item in items
        if not item.get("excluded")
    }


def _unquote(value: str) -> str:
    # The Python Allure adapters record values with repr(), so "api" arrives as "'api'".
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _secret_values(data: dict[str, Any]) -> Iterator[str]:
    for holder in _walk(data):
        for item in holder.get("parameters") or []:
            if looks_secret(str(item.get("name", ""))):
                yield _unquote(str(item.get("value", "")))


def _walk(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for step in node.get("steps") or []:
        yield from _walk(step)


def _attachments(data: dict[str, Any]) -> Iterator[Attachment]:
    for holder in _walk(data):
        for item in holder.get("attachments") or []:
            if item.get("source"):
                yield Attachment(str(item.get("name") or ""), str(item["source"]),
                                 str(item.get("type") or ""))


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
