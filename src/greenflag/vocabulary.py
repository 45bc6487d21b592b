"""Check the Gherkin before anything runs: it parses, and every step has a definition."""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from pytest_bdd.exceptions import GherkinParseError
from pytest_bdd.feature import get_features
from pytest_bdd.scenario import find_fixturedefs_for_step
from pytest_bdd.steps import step_function_context_registry

from greenflag.gherkin import scenario_of, tags_of

__all__ = ["known_steps", "malformed_features", "readable", "unknown_steps"]


def malformed_features(folder: Path) -> list[str]:
    """One message per feature file under `folder` that does not parse, naming file:line."""
    problems = []
    for path in sorted(folder.rglob("*.feature")):
        try:
            get_features([str(path)])
        except GherkinParseError as error:
            where = f"{os.path.relpath(error.filename)}:{error.line}"
            problems.append(f"{where}: {error.message} ({error.line_content.strip()!r})")
    return problems


def known_steps() -> list[str]:
    """Every step pattern defined, as 'Given it is {moment}'."""
    patterns = set()
    for context in step_function_context_registry.values():
        keyword = (context.type or "step").capitalize()
        patterns.add(f"{keyword} {readable(str(getattr(context.parser, 'name', '')))}")
    return sorted(patterns)


def readable(pattern: str) -> str:
    """A step pattern as a tester reads it: '{name} takes the incident'."""
    text = re.sub(r"\(\?P<(\w+)>(?:[^()]|\([^()]*\))*\)", r"{\1}", pattern)
    text = re.sub(r"\(\?:([^|()]*)(?:\|[^()]*)?\)\??", r"\1", text)
    text = text.replace("an?", "a").replace("e?s?", "es").replace("$", "").replace("\\", "")
    return re.sub(r"(\w)\?", r"\1", text)


def unknown_steps(items: Iterable[pytest.Item], session: pytest.Session) -> list[str]:
    """One message per step no definition matches, with the nearest known steps."""
    problems: dict[str, str] = {}
    for item in items:
        template = scenario_of(getattr(item, "obj", None))
        tags = tags_of(getattr(item, "obj", None))
        if tags is None or "wont" in tags.tags:
            continue
        example = getattr(item, "callspec", None)
        example = example.params.get("_pytest_bdd_example", {}) if example else {}
        for step in template.render(example).steps:
            if not any(find_fixturedefs_for_step(step, session._fixturemanager, item)):
                where = f"{os.path.relpath(template.feature.filename)}:{step.line_number}"
                problems[where] = f"{where}: unknown step '{step.keyword} {step.name}'{_hint(step)}"
    return list(problems.values())


def _hint(step) -> str:
    text = f"{step.type.capitalize()} {step.name}"
    nearest = difflib.get_close_matches(text, known_steps(), n=2, cutoff=0.4)
    return f"; did you mean: {' or '.join(repr(n) for n in nearest)}" if nearest else ""
