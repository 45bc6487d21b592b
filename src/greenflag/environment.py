"""The run's environment as Allure's environment.properties: what ran against what."""

from __future__ import annotations

from pathlib import Path

__all__ = ["write_properties"]


def write_properties(folder: Path, values: dict[str, str]) -> Path:
    """Write `values` as key=value lines into folder/environment.properties."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "environment.properties"
    lines = [f"{key}={str(value).replace(chr(10), ' ')}" for key, value in sorted(values.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
