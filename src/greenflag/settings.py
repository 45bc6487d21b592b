"""The run's settings, from the command line of pytest."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

__all__ = ["RunSettings", "add_options", "configure"]

DEFAULT_SEED = 20250314
TARGETS = ("refdesk",)


@dataclass(frozen=True)
class RunSettings:
    """What this run targets and how."""

    target: str
    desk_config: Path | None
    channel: str
    seed: int
    tags: str
    evidence_dir: Path


def add_options(parser: pytest.Parser) -> None:
    """Register greenflag's command-line options."""
    group = parser.getgroup("greenflag")
    group.addoption("--target", default="refdesk", choices=TARGETS, help="ITSM under test")
    group.addoption("--desk-config", type=Path, default=None,
                    help="desk configuration file for the embedded refdesk")
    group.addoption("--channel", default="both", choices=("api", "ui", "both"),
                    help="run scenarios through the API, the UI or both")
    group.addoption("--seed", type=int, default=DEFAULT_SEED, help="seed for generated data")
    group.addoption("--tags", default="", help="tag expression, e.g. '@must and not @ui-only'")
    group.addoption("--evidence-dir", type=Path, default=Path("reports/evidence"),
                    help="where screenshots and traces of failed scenarios go")


def configure(config: pytest.Config) -> RunSettings:
    """Read and check the options; a bad one stops the run with a clear message."""
    desk_config = config.getoption("desk_config")
    if desk_config is not None and not desk_config.is_file():
        raise pytest.UsageError(f"--desk-config {desk_config}: no such file")
    return RunSettings(
        target=config.getoption("target"),
        desk_config=desk_config.resolve() if desk_config else None,
        channel=config.getoption("channel"),
        seed=config.getoption("seed"),
        tags=config.getoption("tags"),
        evidence_dir=config.getoption("evidence_dir"),
    )
