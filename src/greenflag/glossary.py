"""The step glossary: every sentence a tester may write, with what it does."""

from __future__ import annotations

import importlib
import inspect
import sys
from pathlib import Path

from pytest_bdd.steps import step_function_context_registry

from greenflag.vocabulary import readable

__all__ = ["glossary", "markdown"]


def glossary(pack: Path) -> dict[str, list[tuple[str, str]]]:
    """Steps by module: (sentence, description), from the pack's steps/ folder."""
    sys.path.insert(0, str(pack))
    for path in sorted((pack / "steps").glob("*.py")):
        if path.stem != "__init__":
            importlib.import_module(f"steps.{path.stem}")
    found: dict[str, list[tuple[str, str]]] = {}
    for context in step_function_context_registry.values():
        sentence = f"{(context.type or 'step').capitalize()} {readable(context.parser.name)}"
        function = context.step_func
        doc = inspect.getdoc(function) or ""
        found.setdefault(function.__module__.removeprefix("steps."), []).append((sentence, doc))
    return {area: sorted(set(rows)) for area, rows in sorted(found.items())}


def markdown(pack: Path) -> str:
    """The glossary as a Markdown page."""
    lines = ["# Step glossary", "",
             "Every sentence the pack understands. `{name}` is a persona's first name, "
             "other `{…}` are values; quoted values keep their quotes.", ""]
    for area, rows in glossary(pack).items():
        title = area.upper() if len(area) <= 3 else area.replace("_", " ").capitalize()
        lines += [f"## {title}", "", "| step | what it does |",
                  "|---|---|"]
        lines += [f"| `{sentence}` | {doc} |" for sentence, doc in rows]
        lines.append("")
    return "\n".join(lines)
