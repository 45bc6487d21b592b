"""Render the sign-off report as one self-contained HTML page (inline CSS and images)."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from jinja2 import Environment, Template
from markupsafe import Markup

from greenflag.signoff.requirements import TRACE_STATUSES
from greenflag.signoff.vocab import KINDS, MOSCOW_TITLES, PROBLEMS, STATUS_TITLES, STATUSES

__all__ = ["VERDICT_TITLES", "render_html"]

VERDICT_TITLES = {"GO": "GO", "GO_WITH_CONDITIONS": "GO WITH CONDITIONS", "NO_GO": "NO-GO"}

_COVER_TITLES = {
    "target": "Target",
    "target_url": "URL",
    "target_version": "Version",
    "config_fingerprint": "Desk configuration fingerprint",
    "run_date": "Run date",
    "seed": "Seed",
    "ci_build": "CI build",
    "generated_at": "Pack generated",
}
# Only raster images: an SVG could carry script into the pack.
_IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
                ".webp": "image/webp", ".gif": "image/gif"}
_MAX_IMAGE_BYTES = 4_000_000


def render_html(report: Mapping[str, Any], results_dir: Path | None = None) -> str:
    """The report as an HTML page a person reads in five minutes."""
    return _template().render(
        report=report,
        css=Markup(_resource("signoff.css")),
        verdict_title=VERDICT_TITLES.get(report["verdict"], report["verdict"]),
        cover=_cover_rows(report.get("cover") or {}),
        glance=_glance(report),
        matrix=_rows(report["totals"], MOSCOW_TITLES),
        practices=_rows(report.get("breakdown", {}).get("feature", {}), {}),
        channels=_rows(report.get("breakdown", {}).get("channel", {}), {}),
        statuses=[(status, STATUS_TITLES[status]) for status in STATUSES],
        trace_statuses=TRACE_STATUSES,
        images=_images(report.get("issues", []), results_dir),
        environment=sorted((report.get("environment") or {}).items()),
        moscow_titles=MOSCOW_TITLES,
        status_titles=STATUS_TITLES,
        kinds=KINDS,
    )


@cache
def _template() -> Template:
    return Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True).from_string(
        _resource("signoff.html")
    )


def _resource(name: str) -> str:
    return files(__package__).joinpath(name).read_text(encoding="utf-8")


def _cover_rows(cover: Mapping[str, Any]) -> list[tuple[str, str]]:
    return [(title, cover.get(key) or "not recorded") for key, title in _COVER_TITLES.items()]


def _glance(report: Mapping[str, Any]) -> list[tuple[str, int, bool]]:
    rows = report["totals"].values()
    count = {s: sum(row.get(s, 0) for row in rows) for s in STATUSES}
    trace = (report.get("traceability") or {}).get("counts", {})
    regressions = report.get("regressions") or {}
    flaky = sum(1 for s in report["scenarios"] if s.get("flaky"))
    return [
        ("scenarios", len(report["scenarios"]), False),
        ("passed", count["passed"], False),
        ("failed (product defects)", count["failed"], count["failed"] > 0),
        ("broken (environment faults)", count["broken"], count["broken"] > 0),
        ("flaky", flaky, flaky > 0),
        ("requirements NOK or UNCOVERED", trace.get("NOK", 0) + trace.get("UNCOVERED", 0),
         trace.get("NOK", 0) + trace.get("UNCOVERED", 0) > 0),
        ("newly failing since last run", len(regressions.get("newly_failing", [])),
         bool(regressions.get("newly_failing"))),
    ]


def _rows(
    table: Mapping[str, Mapping[str, int]], titles: Mapping[str, str]
) -> list[tuple[str, str, list[int], int, bool]]:
    return [
        (key, titles.get(key, key), [row[s] for s in STATUSES], sum(row.values()),
         any(row[s] for s in PROBLEMS))
        for key, row in table.items()
    ]


def _images(issues: list[Mapping[str, Any]], results_dir: Path | None) -> dict[str, str]:
    if results_dir is None:
        return {}
    names = {issue["screenshot"] for issue in issues if issue.get("screenshot")}
    # Only files inside the results folder: a crafted source must not reach elsewhere.
    uris = {name: _data_uri(results_dir / Path(name).name) for name in names}
    return {name: uri for name, uri in uris.items() if uri}


def _data_uri(path: Path) -> str | None:
    kind = _IMAGE_TYPES.get(path.suffix.lower())
    if kind is None or not path.is_file() or path.stat().st_size > _MAX_IMAGE_BYTES:
        return None
    return f"data:{kind};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"
