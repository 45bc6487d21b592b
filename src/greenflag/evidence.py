"""Remember how each phase of a test went, so fixtures can keep evidence of failures."""

from __future__ import annotations

from collections.abc import Generator

import pytest

__all__ = ["failed", "record"]

_REPORTS = pytest.StashKey[dict[str, pytest.TestReport]]()


def record(item: pytest.Item) -> Generator[None, pytest.TestReport, None]:
    """Hook wrapper body: stash the report of each phase on the item."""
    report = yield
    item.stash.setdefault(_REPORTS, {})[report.when] = report
    return report


def failed(item: pytest.Item) -> bool:
    """Whether the test's set-up or call has failed."""
    reports = item.stash.get(_REPORTS, {})
    return any(report.failed for report in reports.values())
