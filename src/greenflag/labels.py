"""Allure labels and links for a scenario, from its tags and place in the pack."""

from __future__ import annotations

import pytest
from allure_pytest_bdd.utils import ALLURE_LABEL_MARK, ALLURE_LINK_MARK

from greenflag.gherkin import practice_of, scenario_of, tags_of
from greenflag.tags import SEVERITY

__all__ = ["label"]


def _label(name: str, value: str) -> pytest.MarkDecorator:
    return getattr(pytest.mark, ALLURE_LABEL_MARK)(value, label_type=name)


def _link(name: str, link_type: str) -> pytest.MarkDecorator:
    return getattr(pytest.mark, ALLURE_LINK_MARK)(name, name=name, link_type=link_type)


def label(item: pytest.Item) -> None:
    """Mark `item` with its MoSCoW, severity, epic, feature, story and requirements."""
    tags = tags_of(item.obj)
    if tags is None:
        return
    template = scenario_of(item.obj)
    moscow = tags.moscow
    pairs = [("moscow", moscow), ("severity", SEVERITY[moscow]), ("epic", practice_of(item.obj)),
             ("feature", template.feature.name), ("story", template.name)]
    pairs += [("requirement", requirement) for requirement in tags.requirements]
    pairs += [("tag", tag) for tag in sorted(tags.tags)]
    for name, value in pairs:
        item.add_marker(_label(name, value))
    for requirement in tags.requirements:
        item.add_marker(_link(requirement, "requirement"))
