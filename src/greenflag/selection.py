"""Select scenarios by a tag expression such as '@must and not @ui-only'."""

from __future__ import annotations

import pytest
from _pytest.mark.expression import Expression

from greenflag.gherkin import tags_of

__all__ = ["compile_tags", "select"]


def compile_tags(text: str) -> Expression | None:
    """Compile a tag expression; '@' before a tag is optional."""
    if not text.strip():
        return None
    try:
        return Expression.compile(text.replace("@", ""))
    except SyntaxError as error:
        raise pytest.UsageError(f"--tags {text!r}: {error.msg}") from None


def select(items: list[pytest.Item], expression: Expression | None) -> list[pytest.Item]:
    """The items that the expression leaves out."""
    if expression is None:
        return []
    dropped = []
    for item in items:
        tags = tags_of(item.obj)
        names = tags.tags if tags else frozenset()
        if not expression.evaluate(lambda name, names=names, **_: name in names):
            dropped.append(item)
    return dropped
