"""Loading and validating the desk YAML: every mistake names its file and key path."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from refdesk.config import ConfigError, load_config
from refdesk.settings import DEFAULT_CONFIG


def _default() -> dict:
    return yaml.safe_load(DEFAULT_CONFIG.read_text())


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "desk.yaml"
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data, sort_keys=False))
    return path


def _error(tmp_path: Path, data: object) -> str:
    with pytest.raises(ConfigError) as caught:
        load_config(_write(tmp_path, data))
    return str(caught.value)


def test_shipped_config_loads_with_fingerprint_of_its_bytes() -> None:
    config = load_config(DEFAULT_CONFIG)
    assert config.desk.name == "Reference Service Desk"
    assert config.fingerprint == hashlib.sha256(DEFAULT_CONFIG.read_bytes()).hexdigest()
    assert [rule.routing.category for rule in config.categories][:2] == ["Software", "Hardware"]
    assert config.priority.impact == {1: "High", 2: "Medium", 3: "Low"}


def test_unknown_priority_in_matrix(tmp_path: Path) -> None:
    data = _default()
    data["priority"]["matrix"][1][2] = "P9"
    assert _error(tmp_path, data) == (
        f"config error in {tmp_path / 'desk.yaml'} at priority.matrix[1][2]: "
        "'P9' is not one of P1..P5"
    )


DELETE = object()


def _mutated(where: tuple, value: object) -> dict:
    data = _default()
    *parents, last = where
    target = data
    for key in parents:
        target = target[key]
    if value is DELETE:
        del target[last]
    else:
        target[last] = value
    return data


@pytest.mark.parametrize(
    ("where", "value", "path", "problem"),
    [
        (("desk", "timezone"), DELETE, "desk.timezone", "required key is missing"),
        (("desk", "timezone"), "Mars/Olympus", "desk.timezone", "not a known IANA"),
        (("desk", "email_from"), "nobody", "desk.email_from", "not an e-mail address"),
        (("desk", "colour"), "red", "desk.colour", "unknown key"),
        (("categories", 1, "group"), "", "categories[1].group", "must not be empty"),
        (("categories", 2, "keywords"), [], "categories[2].keywords", "must not be empty"),
        (("categories", 0, "keywords", 1), 7, "categories[0].keywords[1]", "got a number"),
        (("categories",), {"a": 1}, "categories", "expected a list"),
        (("default_category", "group"), DELETE, "default_category.group", "required key"),
        (("priority", "matrix", 2), DELETE, "priority.matrix", "expected 3 rows"),
        (("priority", "matrix", 0), ["P1"] * 4, "priority.matrix[0]", "3 columns"),
        (("priority", "urgency", 2), DELETE, "priority.urgency", "missing level 2"),
        (("priority", "impact", 4), "Huge", "priority.impact.4", "unknown level"),
        (("priority", "labels"), {}, "priority.labels", "non-empty mapping"),
        (("priority", "labels", "P2"), None, "priority.labels.P2", "got an empty value"),
        (("permissions",), {"agent": ["kb.wrte"]}, "permissions.agent[0]",
         "'kb.wrte' is not a permission; known: incident.create"),
        (("workflow", "transitions"), [{"from": "New", "to": "Done", "roles": ["agent"]}],
         "workflow.transitions[0].to", "'Done' is not a state; known: New, Assigned"),
    ],
)
def test_malformed_config_names_the_key_path(
    tmp_path: Path, where: tuple, value: object, path: str, problem: str
) -> None:
    message = _error(tmp_path, _mutated(where, value))
    assert f" at {path}: " in message
    assert problem in message


def test_yaml_syntax_error_gives_line_and_column(tmp_path: Path) -> None:
    message = _error(tmp_path, "desk:\n  name: [unclosed\n")
    assert message.startswith(f"config error in {tmp_path / 'desk.yaml'}: invalid YAML at line")


def test_duplicate_key_is_refused(tmp_path: Path) -> None:
    text = DEFAULT_CONFIG.read_text() + "\ndesk: {name: again}\n"
    assert "duplicate key 'desk'" in _error(tmp_path, text)


def test_empty_document_and_missing_file(tmp_path: Path) -> None:
    assert "expected a mapping" in _error(tmp_path, "")
    with pytest.raises(ConfigError, match="cannot read file"):
        load_config(tmp_path / "absent.yaml")
