"""The desk's pure rules: the priority matrix and keyword categorisation."""

from __future__ import annotations

import pytest

from refdesk.config import DeskConfig, KeywordRule, Routing
from refdesk.rules import categorise, mentions, priority_for

DEFAULT_MATRIX = [
    (1, 1, "P1"), (1, 2, "P2"), (1, 3, "P3"),
    (2, 1, "P2"), (2, 2, "P3"), (2, 3, "P4"),
    (3, 1, "P3"), (3, 2, "P4"), (3, 3, "P5"),
]


@pytest.mark.parametrize(("impact", "urgency", "expected"), DEFAULT_MATRIX)
def test_default_matrix_cell(
    default_config: DeskConfig, impact: int, urgency: int, expected: str
) -> None:
    assert priority_for(default_config.priority, impact, urgency) == expected


@pytest.mark.parametrize(("impact", "urgency"), [(0, 1), (1, 4), (-1, 2)])
def test_priority_outside_the_scale_is_refused(
    default_config: DeskConfig, impact: int, urgency: int
) -> None:
    with pytest.raises(ValueError, match=r"1\.\.3"):
        priority_for(default_config.priority, impact, urgency)


def _route(config: DeskConfig, summary: str, description: str = "") -> str:
    routing = categorise(config.categories, config.default_category, summary, description)
    return f"{routing.category} / {routing.subcategory} -> {routing.group}"


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        ("Outlook keeps crashing", "Software / Email -> Messaging Support"),
        ("my E-MAIL bounces", "Software / Email -> Messaging Support"),
        ("Laptop screen flickers", "Hardware / Laptop -> Desktop Support"),
        ("Cannot reach the VPN", "Network / VPN -> Network Operations"),
        ("Account locked after holiday", "Access / Password reset -> Service Desk"),
        ("Printer out of toner", "Inquiry / General -> Service Desk"),
    ],
)
def test_keyword_rules_route_the_summary(
    default_config: DeskConfig, summary: str, expected: str
) -> None:
    assert _route(default_config, summary) == expected


def test_keywords_match_whole_words_only(default_config: DeskConfig) -> None:
    assert _route(default_config, "Emailing a screenshot of the networking talk").startswith(
        "Inquiry"
    )


def test_first_matching_rule_wins(default_config: DeskConfig) -> None:
    assert _route(default_config, "Laptop cannot join the VPN").startswith("Hardware")


def test_summary_is_searched_before_description(default_config: DeskConfig) -> None:
    assert _route(default_config, "VPN drops", "my laptop is new").startswith("Network")


def test_description_is_used_when_the_summary_matches_nothing(
    default_config: DeskConfig,
) -> None:
    assert _route(default_config, "It is broken", "Outlook says no").startswith("Software")


def test_keywords_with_punctuation_and_spaces_match_as_words() -> None:
    assert mentions("I have an e-mail problem", "e-mail")
    assert mentions("Need a password reset today", "password reset")
    assert not mentions("e-mailing", "e-mail")


def test_no_rules_means_the_default() -> None:
    default = Routing("Inquiry", "General", "Service Desk")
    rules = (KeywordRule(("x",), Routing("A", "B", "C")),)
    assert categorise((), default, "anything") is default
    assert categorise(rules, default, "no match") is default
