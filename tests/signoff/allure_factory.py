"""Write Allure 2 result files the way allure-pytest-bdd does, for the sign-off tests."""

from __future__ import annotations

import json
import struct
import uuid
import zlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

T0 = 1_741_960_800_000  # 14 March 2025 14:00 UTC, in ms
NOW = datetime(2025, 3, 14, 18, 0, tzinfo=UTC)


class ResultSet:
    """An allure-results folder being filled one scenario at a time."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self._clock = T0

    def add(
        self,
        name: str,
        status: str = "passed",
        moscow: str | None = "must",
        *,
        message: str | None = None,
        failed_step: str | None = None,
        history_id: str | None = None,
        channel: str = "api",
        requirements: tuple[str, ...] = ("REQ-INC-001",),
        feature: str = "Incident logging",
        epic: str = "Incident management",
        tags: tuple[str, ...] = (),
        example: dict[str, str] | None = None,
        step_parameters: dict[str, str] | None = None,
        screenshot: bool = False,
    ) -> dict[str, Any]:
        """Write one result file and return what was written."""
        start, self._clock = self._clock, self._clock + 1500
        labels = [{"name": "feature", "value": feature}, {"name": "epic", "value": epic}]
        labels += [{"name": "moscow", "value": moscow}] if moscow else []
        labels += [{"name": "requirement", "value": req} for req in requirements]
        labels += [{"name": "tag", "value": tag} for tag in (*tags, *requirements)]
        parameters = [{"name": k, "value": v} for k, v in (example or {}).items()]
        parameters += [{"name": "channel", "value": repr(channel)},
                       {"name": "target", "value": "'refdesk'", "excluded": True}]
        result = {
            "uuid": str(uuid.uuid4()),
            "name": name,
            "fullName": f"features/incident.feature:{name}",
            "historyId": history_id or f"h-{name}-{channel}-{sorted((example or {}).items())}",
            "status": status,
            "statusDetails": {"message": message, "trace": "Traceback ..."} if message else {},
            "start": start,
            "stop": start + 1200,
            "labels": labels,
            "parameters": parameters,
            "links": [{"type": "requirement", "url": r, "name": r} for r in requirements],
            "steps": _steps(status, failed_step, message, step_parameters or {}),
            "attachments": self._evidence() if screenshot else [],
        }
        self.write(result)
        return result

    def write(self, result: dict[str, Any]) -> None:
        """Write (or rewrite) one result file."""
        path = self.folder / f"{result['uuid']}-result.json"
        path.write_text(json.dumps(result), encoding="utf-8")

    def environment(self, **properties: str) -> None:
        """Write environment.properties."""
        lines = [f"{key}={value}" for key, value in properties.items()]
        (self.folder / "environment.properties").write_text("\n".join(lines) + "\n")

    def _evidence(self) -> list[dict[str, str]]:
        shot, trace = f"{uuid.uuid4()}-attachment.png", f"{uuid.uuid4()}-attachment.zip"
        (self.folder / shot).write_bytes(png(40, 24, (200, 30, 30)))
        (self.folder / trace).write_bytes(b"PK\x05\x06" + b"\0" * 18)
        return [{"name": "screenshot.png", "source": shot, "type": "image/png"},
                {"name": "trace.zip", "source": trace, "type": "application/zip"}]


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A small single-colour PNG."""
    row = b"\0" + bytes(rgb) * width
    raw = zlib.compress(row * height)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def _steps(
    status: str, failed_step: str | None, message: str | None, parameters: dict[str, str]
) -> list[dict[str, Any]]:
    given = {"name": "Given a caller Alice", "status": "passed", "steps": [],
             "parameters": [{"name": k, "value": repr(v)} for k, v in parameters.items()]}
    steps = [given]
    if failed_step:
        details = {"message": message, "trace": "..."} if message else {}
        steps.append({"name": failed_step, "status": status, "statusDetails": details,
                      "steps": []})
    return steps


def by_name(report: dict[str, Any], name: str) -> dict[str, Any]:
    """The scenario called `name` in a report."""
    return next(s for s in report["scenarios"] if s["name"] == name)


def write_catalogue(path: Path, *rows: str) -> Path:
    """Write a requirement catalogue CSV with `rows` under the header."""
    path.write_text("id,title,practice,moscow,description\n" + "\n".join(rows) + "\n")
    return path
