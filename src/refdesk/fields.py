"""The custom fields a desk's categories add to the incident form."""

from __future__ import annotations

from typing import Any

from refdesk.config.extras import CustomField
from refdesk.config.model import DeskConfig

__all__ = ["custom_fields", "field_catalogue", "labels"]


def custom_fields(config: DeskConfig) -> list[CustomField]:
    """Every custom field of every category, once each, in configuration order."""
    seen: dict[str, CustomField] = {}
    for form in config.forms.values():
        for spec in form.custom:
            seen.setdefault(spec.name, spec)
    return list(seen.values())


def labels(config: DeskConfig) -> dict[str, str]:
    """Each custom field's label by its name."""
    return {spec.name: spec.label for spec in custom_fields(config)}


def field_catalogue(config: DeskConfig) -> list[dict[str, Any]]:
    """The custom fields with the categories that use them and whether each needs them."""
    rows = []
    for path, form in config.forms.items():
        for spec in form.custom:
            needed = spec.required or spec.name in form.mandatory
            rows.append({"name": spec.name, "label": spec.label, "category": path,
                         "mandatory": needed, "choices": list(spec.choices)})
    return rows
