from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from allure_factory import NOW, ResultSet

from greenflag.signoff import PackOptions, write_pack

Pack = Callable[..., tuple[dict[str, Any], str]]


@pytest.fixture
def results(tmp_path: Path) -> ResultSet:
    return ResultSet(tmp_path / "allure-results")


@pytest.fixture
def pack(results: ResultSet) -> Pack:
    """Build the pack (no PDF) from `results`; return the report and the HTML."""

    def build(**options: Any) -> tuple[dict[str, Any], str]:
        out = results.folder.parent / "signoff"
        chosen = PackOptions(**({"environ": {}} | options))
        report = write_pack(results.folder, out, pdf=False, now=NOW, options=chosen)
        return report, (out / "signoff.html").read_text(encoding="utf-8")

    return build

