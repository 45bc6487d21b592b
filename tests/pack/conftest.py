"""Fixtures for tests that run the whole pack as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.pack.running import SHIPPED


@pytest.fixture
def swapped_matrix(tmp_path: Path) -> Path:
    """The shipped desk configuration with the P1 and P3 cells of the matrix swapped."""
    config = yaml.safe_load(SHIPPED.read_text())
    top = config["priority"]["matrix"][0]
    top[0], top[2] = top[2], top[0]
    path = tmp_path / "swapped.yaml"
    path.write_text(yaml.safe_dump(config))
    return path
