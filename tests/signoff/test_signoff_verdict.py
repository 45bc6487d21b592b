from __future__ import annotations

import pytest

from greenflag.signoff import GO, GO_WITH_CONDITIONS, NO_GO, Findings, decide


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


def test_no_go_reason_tells_defects_from_environment_faults() -> None:
    verdict = decide({"must": row(passed=1, failed=2, broken=1)})
    assert verdict.reason == (
        "2 Must scenarios failed (product defects) and 1 Must scenario is broken (an environment"
        " fault, not a product defect), so go-live is not recommended."
    )
    assert verdict.blockers == ("3 Must scenarios did not pass",)


def test_an_uncovered_must_requirement_alone_is_no_go() -> None:
    verdict = decide({"must": row(passed=3)}, Findings(uncovered_musts=["REQ-SLA-009"]))
    assert verdict.code == NO_GO
    assert verdict.reason == (
        "Must requirement REQ-SLA-009 has no scenario, so go-live is not recommended."
    )
    assert verdict.blockers == ("Must requirement REQ-SLA-009 has no scenario",)


def test_many_uncovered_requirements_stay_one_sentence_but_are_all_listed() -> None:
    ids = [f"REQ-X-{n}" for n in range(6)]
    verdict = decide({}, Findings(uncovered_musts=ids))
    assert "(REQ-X-0, REQ-X-1, REQ-X-2 and 3 more)" in verdict.reason
    assert verdict.blockers == (f"6 Must requirements have no scenario ({', '.join(ids)})",)


def test_conditions_are_the_named_should_issues_and_open_items() -> None:
    findings = Findings(should_issues=["Survey is sent (api): failed, product defect"],
                        open_items=["Must requirement REQ-MIM-001 was not run"])
    verdict = decide({"must": row(passed=2), "should": row(failed=1)}, findings)
    assert verdict.code == GO_WITH_CONDITIONS
    assert verdict.conditions == (*findings.should_issues, *findings.open_items)
    assert verdict.reason == (
        "No Must scenario failed or broke, but 1 Should scenario failed (a product defect) and"
        " 1 further item is open, so go-live depends on the 2 conditions listed."
    )


def test_an_open_item_alone_is_go_with_conditions() -> None:
    verdict = decide({"must": row(passed=2)}, Findings(open_items=["record the manual check"]))
    assert verdict.code == GO_WITH_CONDITIONS


def test_go_reason_counts_must_passed() -> None:
    reason = decide({"must": row(passed=4, skipped=1)}).reason
    assert reason.endswith("4 of 5 Must passed.")
