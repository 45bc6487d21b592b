"""Read the YAML config file: bytes for the fingerprint, data for the checks."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import yaml

from refdesk.config.node import ConfigError

__all__ = ["read_source"]


class _StrictLoader(yaml.SafeLoader):
    """A safe YAML loader that refuses a key given twice in one mapping."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        """Build a mapping, refusing duplicate keys."""
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                line = key_node.start_mark.line + 1
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r} (line {line})", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _yaml_problem(error: yaml.YAMLError) -> str:
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    if mark is None:
        return f"invalid YAML: {problem}"
    return f"invalid YAML at line {mark.line + 1}, column {mark.column + 1}: {problem}"


def read_source(path: Path) -> tuple[Any, str]:
    """Return the parsed YAML document and the sha256 of the file's bytes."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ConfigError(str(path), "", f"cannot read file: {error.strerror or error}") from None
    try:
        data = yaml.load(raw, Loader=_StrictLoader)  # _StrictLoader is a SafeLoader
    except yaml.YAMLError as error:
        raise ConfigError(str(path), "", _yaml_problem(error)) from None
    return data, hashlib.sha256(raw).hexdigest()
