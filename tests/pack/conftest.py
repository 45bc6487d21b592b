"""Helpers for tests that run the whole pack as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "src" / "refdesk" / "default.yaml"


def greenflag(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the greenflag command from the project's root."""
    command = [sys.executable, "-m", "greenflag.cli", *args]
    return subprocess.run(
        command,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def swapped_matrix(tmp_path: Path) -> Path:
    """The shipped desk configuration with the P1 and P3 cells of the matrix swapped."""
    config = yaml.safe_load(SHIPPED.read_text())
    top = config["priority"]["matrix"][0]
    top[0], top[2] = top[2], top[0]
    path = tmp_path / "swapped.yaml"
    path.write_text(yaml.safe_dump(config))
    return path
