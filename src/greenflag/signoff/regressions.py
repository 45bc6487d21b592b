"""Compare this run with the previous one, and keep each run's signoff.json for the next."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from greenflag.signoff.errors import SignoffError
from greenflag.signoff.vocab import PROBLEMS

__all__ = ["compare", "keep_run", "last_run", "load_previous"]

_PATTERN = "signoff-*.json"
_KEEP = 50


def last_run(history: Path) -> Path | None:
    """The newest signoff.json kept under `history`, or None."""
    runs = sorted(Path(history).glob(_PATTERN)) if Path(history).is_dir() else []
    return runs[-1] if runs else None


def load_previous(path: Path) -> dict[str, Any]:
    """Read a previous signoff.json (or a folder holding one)."""
    path = Path(path)
    if path.is_dir():
        path = path / "signoff.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SignoffError(f"cannot read the previous run {path}: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("scenarios"), list):
        raise SignoffError(f"{path} is not a signoff.json: it has no scenarios list")
    return data | {"_path": str(path)}


def compare(previous: Mapping[str, Any] | None, scenarios: Sequence[Mapping[str, Any]]) -> dict:
    """Newly failing, newly passing, new and removed scenarios since `previous`."""
    if previous is None:
        return {"previous": None, "newly_failing": [], "newly_passing": [], "new": [],
                "removed": []}
    # Packs written before scenarios carried ids are matched on name and channel.
    by_id = all(s.get("id") for s in previous["scenarios"])
    before = {_key(s, by_id): s for s in previous["scenarios"]}
    now = {_key(s, by_id): s for s in scenarios}
    both = [(before[k], now[k]) for k in now if k in before]
    return {
        "previous": _summary(previous),
        "newly_failing": [_change(b, n) for b, n in both if _bad(n) and not _bad(b)],
        "newly_passing": [_change(b, n) for b, n in both if _bad(b) and n["status"] == "passed"],
        "new": [_entry(n) for k, n in now.items() if k not in before],
        "removed": [_entry(b) for k, b in before.items() if k not in now],
    }


def keep_run(report: Mapping[str, Any], history: Path) -> Path:
    """Store `report` under `history` as this run's signoff.json; keep the newest few."""
    history = Path(history)
    history.mkdir(parents=True, exist_ok=True)
    stamp = str(report["generated_at"]).replace("-", "").replace(":", "").replace("+0000", "Z")
    path = history / f"signoff-{stamp}.json"
    for n in range(2, 1000):
        if not path.exists():
            break
        path = history / f"signoff-{stamp}-{n:03d}.json"
    path.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for old in sorted(history.glob(_PATTERN))[:-_KEEP]:
        old.unlink()
    return path


def _key(scenario: Mapping[str, Any], by_id: bool) -> str:
    if by_id:
        return str(scenario["id"])
    return f"{_entry(scenario)['name']}|{scenario.get('channel')}"


def _bad(scenario: Mapping[str, Any]) -> bool:
    return scenario.get("status") in PROBLEMS


def _summary(previous: Mapping[str, Any]) -> dict[str, Any]:
    return {"path": previous.get("_path"), "generated_at": previous.get("generated_at"),
            "verdict": previous.get("verdict")}


def _entry(scenario: Mapping[str, Any]) -> dict[str, Any]:
    example = scenario.get("example") or {}
    name = str(scenario.get("name"))
    title = f"{name} [{', '.join(example.values())}]" if example else name
    return {"name": title, "channel": scenario.get("channel"), "moscow": scenario.get("moscow"),
            "status": scenario.get("status")}


def _change(before: Mapping[str, Any], now: Mapping[str, Any]) -> dict[str, Any]:
    return _entry(now) | {"before": before.get("status")}
