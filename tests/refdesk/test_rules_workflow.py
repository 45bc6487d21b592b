"""The incident workflow: allowed transitions, who may make them, and the reasons refused."""

from __future__ import annotations

import pytest

from refdesk.rules.workflow import (
    DEFAULT_TRANSITIONS,
    HOLD_REASONS,
    STATES,
    Transition,
    check,
    final_states,
)

AGENT_MOVES = [
    ("New", "Assigned"),
    ("New", "In Progress"),
    ("New", "Cancelled"),
    ("Assigned", "In Progress"),
    ("Assigned", "On Hold"),
    ("Assigned", "Resolved"),
    ("Assigned", "Cancelled"),
    ("In Progress", "On Hold"),
    ("In Progress", "Resolved"),
    ("In Progress", "Assigned"),
    ("On Hold", "In Progress"),
    ("On Hold", "Resolved"),
    ("Resolved", "In Progress"),
]


def move(source: str, target: str, role: str) -> str | None:
    return check(DEFAULT_TRANSITIONS, source, target, role)


@pytest.mark.parametrize(("source", "target"), AGENT_MOVES)
def test_agent_makes_the_working_transitions(source: str, target: str) -> None:
    assert move(source, target, "agent") is None


def test_default_transitions_are_exactly_the_listed_moves() -> None:
    moves = {(t.source, t.target) for t in DEFAULT_TRANSITIONS}
    assert moves == {*AGENT_MOVES, ("Resolved", "Closed")}


def test_default_transitions_use_only_known_states() -> None:
    for transition in DEFAULT_TRANSITIONS:
        assert {transition.source, transition.target} <= set(STATES)


@pytest.mark.parametrize("state", ["Closed", "Cancelled"])
def test_closed_and_cancelled_are_final(state: str) -> None:
    assert move(state, "In Progress", "admin") == f"{state} is final"


def test_final_states_are_those_no_transition_leaves() -> None:
    assert final_states(DEFAULT_TRANSITIONS) == {"Closed", "Cancelled"}


def test_a_move_not_in_the_workflow_is_refused_with_its_states() -> None:
    assert move("New", "Resolved", "agent") == "New cannot go to Resolved"


def test_a_caller_may_not_resolve() -> None:
    assert move("In Progress", "Resolved", "caller") == (
        "a caller may not move an incident to Resolved"
    )


def test_reason_names_the_role_readably() -> None:
    assert move("Resolved", "Closed", "agent") == "an agent may not move an incident to Closed"
    assert move("New", "Cancelled", "system") == "a system may not move an incident to Cancelled"


@pytest.mark.parametrize("role", ["caller", "system"])
def test_resolved_closes_on_caller_confirmation_or_automatically(role: str) -> None:
    assert move("Resolved", "Closed", role) is None


@pytest.mark.parametrize("role", ["caller", "agent", "team_lead"])
def test_resolved_reopens_on_caller_rejection_or_by_an_agent(role: str) -> None:
    assert move("Resolved", "In Progress", role) is None


def test_the_desk_itself_may_assign_a_new_incident() -> None:
    assert move("New", "Assigned", "system") is None


def test_unknown_state_is_refused() -> None:
    assert move("New", "Parked", "admin") == "Parked is not a state"


def test_configured_transitions_replace_the_defaults() -> None:
    transitions = (Transition("New", "Resolved", frozenset({"agent"})),)
    assert check(transitions, "New", "Resolved", "agent") is None
    assert check(transitions, "Resolved", "New", "agent") == "Resolved is final"


def test_hold_reasons() -> None:
    assert HOLD_REASONS == ("awaiting caller", "awaiting supplier")
