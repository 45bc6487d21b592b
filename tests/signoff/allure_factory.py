"""Write Allure 2 result files the way allure-pytest-bdd does, for the sign-off tests."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

T0 = 1_741_960_800_000  # 14 March 2025 14:00 UTC, in ms


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
    ) -> dict[str, Any]:
        """Write one result file and return what was written."""
        start, self._clock = self._clock, self._clock + 1500
        labels = [{"name": "feature", "value": feature}, {"name": "epic", "value": epic}]
        labels += [{"name": "moscow", "value": moscow}] if moscow else []
        labels += [{"name": "requirement", "value": req} for req in requirements]
        result = {
            "uuid": str(uuid.uuid4()),
            "name": name,
            "fullName": f"features/incident.feature:{name}",
            "historyId": history_id or f"h-{name}-{channel}",
            "status": status,
            "statusDetails": {"message": message, "trace": "Traceback ..."} if message else {},
            "start": start,
            "stop": start + 1200,
            "labels": labels,
            "parameters": [{"name": "channel", "value": repr(channel)}],
            "links": [],
            "steps": _steps(status, failed_step),
            "attachments": [],
        }
        path = self.folder / f"{result['uuid']}-result.json"
        path.write_text(json.dumps(result), encoding="utf-8")
        return result

    def environment(self, **properties: str) -> None:
        """Write environment.properties."""
        lines = [f"{key}={value}" for key, value in properties.items()]
        (self.folder / "environment.properties").write_text("\n".join(lines) + "\n")


def _steps(status: str, failed_step: str | None) -> list[dict[str, Any]]:
    steps = [{"name": "Given a caller Alice", "status": "passed", "steps": []}]
    if failed_step:
        steps.append({"name": failed_step, "status": status, "steps": []})
    return steps
