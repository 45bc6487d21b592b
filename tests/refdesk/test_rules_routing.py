"""Assignment within a group: availability, skill, caller's location, then the strategy."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from refdesk.rules.routing import Candidate, choose


def agent(
    username: str,
    *,
    skills: tuple[str, ...] = (),
    location: str = "London",
    available: bool = True,
    open_count: int = 0,
    last: int | None = None,
) -> Candidate:
    """A candidate; ``last`` is the hour on 2 June 2025 they were last assigned."""
    at = None if last is None else datetime(2025, 6, 2, last, tzinfo=UTC)
    return Candidate(username, frozenset(skills), location, available, open_count, at)


def test_nobody_available_gives_none() -> None:
    assert choose([agent("ann", available=False)], "least_loaded") is None
    assert choose([], "round_robin") is None


def test_unavailable_agents_are_never_chosen() -> None:
    team = [agent("ann", available=False), agent("bob", open_count=9)]
    assert choose(team, "least_loaded") == "bob"


def test_least_loaded_picks_fewest_open_incidents() -> None:
    team = [agent("ann", open_count=3), agent("bob", open_count=1), agent("cat", open_count=2)]
    assert choose(team, "least_loaded") == "bob"


def test_least_loaded_ties_go_to_the_first_username() -> None:
    team = [agent("cat", open_count=1), agent("bob", open_count=1), agent("dan", open_count=4)]
    assert choose(team, "least_loaded") == "bob"


def test_round_robin_picks_least_recently_assigned() -> None:
    team = [agent("ann", last=11), agent("bob", last=9), agent("cat", last=10)]
    assert choose(team, "round_robin") == "bob"


def test_round_robin_prefers_never_assigned_agents() -> None:
    team = [agent("ann", last=9), agent("zed"), agent("bob", last=8)]
    assert choose(team, "round_robin") == "zed"


def test_round_robin_ties_go_to_the_first_username() -> None:
    team = [agent("cat"), agent("bob"), agent("ann", last=1)]
    assert choose(team, "round_robin") == "bob"


def test_round_robin_ignores_load() -> None:
    team = [agent("ann", open_count=0, last=10), agent("bob", open_count=8, last=9)]
    assert choose(team, "round_robin") == "bob"


def test_skilled_agents_are_preferred() -> None:
    team = [agent("ann"), agent("bob", skills=("vpn",), open_count=5)]
    assert choose(team, "least_loaded", skill="vpn") == "bob"


def test_without_anyone_skilled_the_whole_group_is_considered() -> None:
    team = [agent("ann", open_count=2), agent("bob", skills=("email",), open_count=1)]
    assert choose(team, "least_loaded", skill="vpn") == "bob"


def test_unavailable_skilled_agent_falls_back_to_the_others() -> None:
    team = [agent("ann", skills=("vpn",), available=False), agent("bob")]
    assert choose(team, "least_loaded", skill="vpn") == "bob"


def test_callers_location_is_preferred() -> None:
    team = [agent("ann", location="Leeds"), agent("bob", location="London", open_count=3)]
    assert choose(team, "least_loaded", location="London") == "bob"


def test_without_anyone_at_the_location_the_whole_group_is_considered() -> None:
    team = [agent("ann", location="Leeds", open_count=1), agent("bob", location="Paris")]
    assert choose(team, "least_loaded", location="London") == "bob"


def test_skill_outranks_location() -> None:
    team = [agent("ann", location="London"), agent("bob", skills=("vpn",), location="Leeds")]
    assert choose(team, "least_loaded", skill="vpn", location="London") == "bob"


def test_location_narrows_within_the_skilled() -> None:
    team = [
        agent("ann", skills=("vpn",), location="Leeds"),
        agent("bob", skills=("vpn",), location="London", open_count=2),
        agent("cat", location="London"),
    ]
    assert choose(team, "least_loaded", skill="vpn", location="London") == "bob"


def test_unknown_strategy_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown strategy 'random'"):
        choose([agent("ann")], "random")
