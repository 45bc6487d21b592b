"""Render the sign-off report as one self-contained HTML page (inline CSS, no URLs)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from typing import Any

from jinja2 import Environment, Template
from markupsafe import Markup

from greenflag.signoff.vocab import MOSCOW_TITLES, PROBLEMS, STATUS_TITLES, STATUSES

__all__ = ["VERDICT_TITLES", "render_html"]

VERDICT_TITLES = {"GO": "GO", "GO_WITH_CONDITIONS": "GO WITH CONDITIONS", "NO_GO": "NO-GO"}

_ENVIRONMENT_TITLES = {
    "target": "Target",
    "target_version": "Version",
    "target_url": "URL",
    "config_fingerprint": "Config fingerprint",
    "seed": "Seed",
    "browser": "Browser",
}


def render_html(report: Mapping[str, Any]) -> str:
    """The report as an HTML page a person reads in five minutes."""
    return _template().render(
        report=report,
        css=Markup(_resource("signoff.css")),
        verdict_title=VERDICT_TITLES.get(report["verdict"], report["verdict"]),
        environment=_environment_rows(report),
        matrix=_matrix_rows(report["totals"]),
        statuses=[(status, STATUS_TITLES[status]) for status in STATUSES],
        issues=[s for s in report["scenarios"] if s["status"] in PROBLEMS],
        moscow_titles=MOSCOW_TITLES,
        status_titles=STATUS_TITLES,
    )


@cache
def _template() -> Template:
    return Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True).from_string(
        _resource("signoff.html")
    )


def _resource(name: str) -> str:
    return files(__package__).joinpath(name).read_text(encoding="utf-8")


def _environment_rows(report: Mapping[str, Any]) -> list[tuple[str, str]]:
    given = dict(report.get("environment") or {})
    rows = [(title, given.pop(key, "not recorded")) for key, title in _ENVIRONMENT_TITLES.items()]
    rows += sorted(given.items())
    rows.append(("Run started", report["run"]["started_at"] or "not recorded"))
    rows.append(("Pack generated", report["generated_at"]))
    return rows


def _matrix_rows(totals: Mapping[str, Mapping[str, int]]) -> list[tuple[str, str, list[int], int]]:
    return [
        (moscow, MOSCOW_TITLES.get(moscow, moscow), [row[s] for s in STATUSES], sum(row.values()))
        for moscow, row in totals.items()
    ]
