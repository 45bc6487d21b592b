"""Turn the parsed YAML into a DeskConfig, checking every key on the way."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from refdesk.config.model import DeskConfig, DeskInfo, KeywordRule, PriorityScheme, Routing
from refdesk.config.more import parse_extras, parse_form
from refdesk.config.node import Node, describe

__all__ = ["OPTIONAL", "check_timezone", "parse_config"]

OPTIONAL = (
    "calendars", "sla", "escalations", "workflow", "notifications", "groups", "permissions",
    "integrations", "major_incident", "closure", "knowledge",
)
_FORM_KEYS = ("skill", "mandatory", "custom_fields")

LEVELS = (1, 2, 3)
_RULE_KEYS = ("category", "subcategory", "keywords", "group")
_EMAIL = re.compile(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+")


def parse_config(root: Node, fingerprint: str = "") -> DeskConfig:
    """Check the whole document and build the DeskConfig."""
    parts = root.mapping(["desk", "categories", "default_category", "priority"], OPTIONAL)
    desk = _desk(parts["desk"])
    items = parts["categories"].sequence()
    rules = tuple(_rule(item) for item in items)
    forms = {rule.routing.path: parse_form(item.mapping([], [*_RULE_KEYS, *_FORM_KEYS]))
             for rule, item in zip(rules, items, strict=True)}
    return DeskConfig(
        desk=desk,
        categories=rules,
        default_category=_routing(parts["default_category"]),
        priority=_priority(parts["priority"]),
        source=root.source,
        fingerprint=fingerprint,
        forms=forms,
        **parse_extras(parts, desk.timezone),
    )


def _desk(node: Node) -> DeskInfo:
    parts = node.mapping(["name", "timezone", "email_from"])
    return DeskInfo(
        name=parts["name"].text(),
        timezone=check_timezone(parts["timezone"]),
        email_from=_email(parts["email_from"]),
    )


def check_timezone(node: Node) -> str:
    """Check the node names an IANA timezone; return the name."""
    name = node.text()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        node.fail(f"{name!r} is not a known IANA timezone (e.g. Europe/London)")
    return name


def _email(node: Node) -> str:
    address = node.text()
    if not _EMAIL.fullmatch(address):
        node.fail(f"{address!r} is not an e-mail address")
    return address


def _routing(node: Node) -> Routing:
    return _route(node.mapping(["category", "subcategory", "group"]))


def _route(parts: dict[str, Node]) -> Routing:
    return Routing(
        category=parts["category"].text(),
        subcategory=parts["subcategory"].text(),
        group=parts["group"].text(),
    )


def _rule(node: Node) -> KeywordRule:
    parts = node.mapping(_RULE_KEYS, _FORM_KEYS)
    items = parts["keywords"].sequence(non_empty=True)
    return KeywordRule(keywords=tuple(item.text() for item in items), routing=_route(parts))


def _priority(node: Node) -> PriorityScheme:
    parts = node.mapping(["impact", "urgency", "labels", "matrix"])
    labels = _labels(parts["labels"])
    return PriorityScheme(
        impact=_scale(parts["impact"]),
        urgency=_scale(parts["urgency"]),
        labels=labels,
        matrix=_matrix(parts["matrix"], list(labels)),
    )


def _scale(node: Node) -> dict[int, str]:
    if not isinstance(node.value, dict):
        node.fail(f"expected a mapping of levels 1, 2, 3 to names, got {describe(node.value)}")
    keys = {_level(node, key): key for key in node.value}
    missing = [str(level) for level in LEVELS if level not in keys]
    if missing:
        node.fail(f"missing level {', '.join(missing)} (levels are 1, 2, 3)")
    return {level: node.key(keys[level]).text() for level in LEVELS}


def _level(node: Node, key: object) -> int:
    level = int(key) if isinstance(key, str) and key.strip().isdigit() else key
    if isinstance(level, bool) or level not in LEVELS:
        Node(None, node.below(key), node.source).fail("unknown level (levels are 1, 2, 3)")
    return level


def _labels(node: Node) -> dict[str, str]:
    if not isinstance(node.value, dict) or not node.value:
        node.fail("expected a non-empty mapping of priority codes to names, e.g. P1: Critical")
    labels: dict[str, str] = {}
    for key in node.value:
        code = Node(key, node.below(key), node.source).text()
        labels[code] = node.key(key).text()
    return labels


def _matrix(node: Node, codes: list[str]) -> tuple[tuple[str, ...], ...]:
    rows = node.sequence()
    if len(rows) != len(LEVELS):
        node.fail(f"expected {len(LEVELS)} rows (impact 1..3), got {len(rows)}")
    return tuple(_matrix_row(row, codes) for row in rows)


def _matrix_row(node: Node, codes: list[str]) -> tuple[str, ...]:
    cells = node.sequence()
    if len(cells) != len(LEVELS):
        node.fail(f"expected {len(LEVELS)} columns (urgency 1..3), got {len(cells)}")
    return tuple(cell.one_of(codes) for cell in cells)
