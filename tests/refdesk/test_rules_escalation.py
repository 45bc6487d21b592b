"""Escalation: rules fire at their threshold, in order, each only once; priority raising."""

from __future__ import annotations

import pytest

from refdesk.rules.escalation import EscalationRule, due, raised

WARN_ASSIGNEE = EscalationRule("warn-assignee", "warning", ("notify:assignee",))
WARN_LEAD = EscalationRule("warn-lead", "warning", ("notify:team_lead",))
BREACH = EscalationRule(
    "breach", "breach", ("notify:duty_manager", "reassign:Second Line", "raise_priority")
)
RULES = (WARN_ASSIGNEE, BREACH, WARN_LEAD)


def test_nothing_is_due_before_any_threshold() -> None:
    assert due(RULES, set(), set()) == []


def test_warning_fires_the_warning_rules_in_rule_order() -> None:
    assert due(RULES, {"warning"}, set()) == [WARN_ASSIGNEE, WARN_LEAD]


def test_breach_alone_fires_only_breach_rules() -> None:
    assert due(RULES, {"breach"}, set()) == [BREACH]


def test_a_clock_jump_past_both_thresholds_fires_all_rules_in_order() -> None:
    assert due(RULES, {"warning", "breach"}, set()) == list(RULES)


def test_fired_rules_do_not_fire_again() -> None:
    fired = {rule.id for rule in due(RULES, {"warning"}, set())}
    assert due(RULES, {"warning", "breach"}, fired) == [BREACH]
    assert due(RULES, {"warning", "breach"}, fired | {"breach"}) == []


def test_rule_keeps_its_actions_in_order() -> None:
    assert BREACH.actions == ("notify:duty_manager", "reassign:Second Line", "raise_priority")


@pytest.mark.parametrize(
    ("priority", "expected"), [("P5", "P4"), ("P3", "P2"), ("P2", "P1"), ("P1", "P1")]
)
def test_raising_priority_moves_one_step_up_and_stops_at_p1(priority: str, expected: str) -> None:
    assert raised(priority) == expected


@pytest.mark.parametrize("priority", ["", "high", "P0", "p3", "P10"])
def test_raising_an_unknown_priority_is_refused(priority: str) -> None:
    with pytest.raises(ValueError, match=r"P1\.\.P9"):
        raised(priority)
