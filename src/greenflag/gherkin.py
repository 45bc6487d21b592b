"""Find the Gherkin scenario behind a pytest test, and its tags."""

from __future__ import annotations

import os
from collections.abc import Callable

from pytest_bdd.scenario import scenario_wrapper_template_registry
from pytest_bdd.utils import registry_get_safe

from greenflag.tags import ScenarioTags

__all__ = ["practice_of", "scenario_of", "tags_of"]


def scenario_of(function: Callable[..., object]):
    """The pytest-bdd scenario template bound to `function`, or None."""
    return registry_get_safe(scenario_wrapper_template_registry, function)


def tags_of(function: Callable[..., object]) -> ScenarioTags | None:
    """The scenario's tags with its feature's and rule's, or None for a plain test."""
    template = scenario_of(function)
    if template is None:
        return None
    rule = template.rule.tags if template.rule else set()
    where = f"{os.path.relpath(template.feature.filename)}:{template.line_number}"
    return ScenarioTags(frozenset(template.tags | template.feature.tags | rule), where)


def practice_of(function: Callable[..., object]) -> str:
    """The ITSM practice a scenario belongs to: its folder under features/."""
    template = scenario_of(function)
    folder = os.path.basename(os.path.dirname(template.feature.filename)) if template else ""
    return f"{folder.replace('_', ' ').capitalize()} management" if folder else "Unsorted"
