"""The pack's tag rules."""

from __future__ import annotations

import pytest

from greenflag.tags import ScenarioTags, TagError


def tags(*names: str) -> ScenarioTags:
    return ScenarioTags(frozenset(names), "features/x.feature:7")


def test_moscow_requirements_and_both_channels():
    scenario = tags("must", "REQ-INC-001", "REQ-INC-003")
    assert scenario.moscow == "must"
    assert scenario.requirements == ["REQ-INC-001", "REQ-INC-003"]
    assert scenario.channels == ("api", "ui")


@pytest.mark.parametrize(("only", "channels"), [("api-only", ("api",)), ("ui-only", ("ui",))])
def test_a_channel_tag_narrows_the_channels(only, channels):
    assert tags("must", "REQ-A-1", only).channels == channels


def test_a_missing_moscow_tag_is_named_with_its_place():
    with pytest.raises(TagError, match=r"features/x.feature:7: scenario has no MoSCoW tag"):
        tags("REQ-INC-001").check()


def test_two_moscow_tags_are_refused():
    with pytest.raises(TagError, match="has 2 MoSCoW tags"):
        tags("must", "should", "REQ-INC-001").check()


def test_a_missing_requirement_is_named():
    with pytest.raises(TagError, match="no requirement tag"):
        tags("must").check()


def test_capabilities_come_from_needs_tags():
    assert tags("must", "REQ-A-1", "needs-major-incident").needs == ["major-incident"]
