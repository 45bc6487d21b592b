from __future__ import annotations

import pytest

from greenflag.signoff import GO, GO_WITH_CONDITIONS, NO_GO, decide


def row(**counts: int) -> dict[str, int]:
    base = {"passed": 0, "failed": 0, "broken": 0, "skipped": 0, "not_applicable": 0}
    return base | counts


@pytest.mark.parametrize(
    ("totals", "expected"),
    [
        ({"must": row(passed=3), "should": row(passed=2)}, GO),
        ({"must": row(passed=3, failed=1)}, NO_GO),
        ({"must": row(passed=3, broken=1)}, NO_GO),
        ({"must": row(failed=1), "should": row(failed=4)}, NO_GO),
        ({"must": row(passed=3), "should": row(failed=1)}, GO_WITH_CONDITIONS),
        ({"must": row(passed=3), "should": row(broken=1)}, GO_WITH_CONDITIONS),
        ({"must": row(passed=3), "could": row(failed=2), "wont": row(skipped=1)}, GO),
        ({"must": row(skipped=2, not_applicable=1)}, GO),
        ({}, GO),
    ],
)
def test_rule(totals: dict[str, dict[str, int]], expected: str) -> None:
    assert decide(totals).code == expected


def test_no_go_reason_counts_failed_and_broken() -> None:
    reason = decide({"must": row(passed=1, failed=2, broken=1)}).reason
    assert reason == (
        "3 Must scenarios did not pass (2 failed, 1 broken), so go-live is not recommended."
    )


def test_conditions_reason_names_should() -> None:
    reason = decide({"must": row(passed=2), "should": row(failed=1)}).reason
    assert "1 Should scenario did not pass (1 failed)" in reason


def test_go_reason_counts_must_passed() -> None:
    reason = decide({"must": row(passed=4, skipped=1)}).reason
    assert reason.endswith("4 of 5 Must passed.")
