"""Scenarios that do not run: Won't-have ones, and those a target cannot serve."""

from __future__ import annotations

import pytest

from greenflag.gherkin import tags_of

__all__ = ["check"]


def check(request: pytest.FixtureRequest) -> None:
    """Skip the scenario, with the reason, when it must not run here."""
    tags = tags_of(request.node.obj)
    if tags is None:
        return
    if tags.moscow == "wont":
        pytest.skip("won't have: an agreed exclusion, listed in the pack and not run")
    if "manual" in tags.tags:
        pytest.skip("manual: a tester runs it by hand and records the outcome")
    if tags.needs:
        desk = request.getfixturevalue("desk")
        missing = [need for need in tags.needs if need not in desk.capabilities()]
        if missing:
            pytest.skip(f"not applicable: the target lacks {', '.join(missing)}")
