"""Walk parsed YAML while remembering the key path, so every error can name it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, NoReturn

__all__ = ["ConfigError", "Node"]

_TYPE_NAMES = {
    dict: "a mapping",
    list: "a list",
    str: "text",
    bool: "true/false",
    int: "a number",
    float: "a number",
    type(None): "an empty value",
}


class ConfigError(Exception):
    """A desk configuration problem, located by file and key path."""

    def __init__(self, source: str, path: str, problem: str) -> None:
        self.source = source
        self.path = path
        self.problem = problem
        where = f" at {path}" if path else ""
        super().__init__(f"config error in {source}{where}: {problem}")


def describe(value: Any) -> str:
    """Name the YAML type of a value for an error message."""
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def span(names: list[str]) -> str:
    """List allowed values compactly: 'P1..P5' for a numbered run, else comma-separated."""
    parts = [re.fullmatch(r"(\D*)(\d+)", name) for name in names]
    if len(names) > 2 and all(parts) and len({p.group(1) for p in parts}) == 1:
        numbers = [int(p.group(2)) for p in parts]
        if numbers == list(range(numbers[0], numbers[0] + len(numbers))):
            return f"{names[0]}..{names[-1]}"
    return ", ".join(names)


class Node:
    """One value of the parsed YAML, with its key path and source file."""

    def __init__(self, value: Any, path: str = "", source: str = "<memory>") -> None:
        self.value = value
        self.path = path
        self.source = source

    def fail(self, problem: str) -> NoReturn:
        """Raise a ConfigError located at this node."""
        raise ConfigError(self.source, self.path, problem)

    def below(self, name: Any) -> str:
        """The key path of a child of this mapping."""
        return f"{self.path}.{name}" if self.path else str(name)

    def _fail_at(self, name: Any, problem: str) -> NoReturn:
        raise ConfigError(self.source, self.below(name), problem)

    def key(self, name: Any) -> Node:
        """The child node under a mapping key (it must exist)."""
        return Node(self.value[name], self.below(name), self.source)

    def item(self, index: int) -> Node:
        """The child node at a list index."""
        return Node(self.value[index], f"{self.path}[{index}]", self.source)

    def mapping(self, required: Iterable[str], optional: Iterable[str] = ()) -> dict[str, Node]:
        """Check this is a mapping with exactly the allowed keys; return its children."""
        required, allowed = list(required), [*required, *optional]
        if not isinstance(self.value, dict):
            keys = ", ".join(allowed)
            self.fail(f"expected a mapping with keys {keys}, got {describe(self.value)}")
        for name in self.value:
            if name not in allowed:
                expected = ", ".join(allowed)
                self._fail_at(name, f"unknown key (expected one of: {expected})")
        for name in required:
            if name not in self.value:
                self._fail_at(name, "required key is missing")
        return {name: self.key(name) for name in allowed if name in self.value}

    def sequence(self, *, non_empty: bool = False) -> list[Node]:
        """Check this is a list; return its items."""
        if not isinstance(self.value, list):
            self.fail(f"expected a list, got {describe(self.value)}")
        if non_empty and not self.value:
            self.fail("must not be empty")
        return [self.item(index) for index in range(len(self.value))]

    def text(self) -> str:
        """Check this is non-empty text; return it stripped."""
        if not isinstance(self.value, str):
            self.fail(f"expected text, got {describe(self.value)}")
        if not self.value.strip():
            self.fail("must not be empty")
        return self.value.strip()

    def one_of(self, allowed: list[str]) -> str:
        """Check this is text and one of the allowed values."""
        value = self.value if isinstance(self.value, str) else None
        if value not in allowed:
            self.fail(f"{self.value!r} is not one of {span(allowed)}")
        return value
