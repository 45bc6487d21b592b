"""Helpers for tests that run the whole pack as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
