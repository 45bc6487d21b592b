"""Build the sign-off report from an Allure results folder and write the pack."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from greenflag.signoff.html import VERDICT_TITLES, render_html
from greenflag.signoff.pdf import write_pdf
from greenflag.signoff.results import Attempt, read_environment, read_results
from greenflag.signoff.scenarios import Scenario, fold_attempts, tally
from greenflag.signoff.verdict import decide
from greenflag.signoff.vocab import UNTAGGED

__all__ = ["build_report", "write_pack"]


def build_report(results_dir: Path, *, now: datetime | None = None) -> dict[str, Any]:
    """Read `results_dir` and return the sign-off report as a JSON-ready dict."""
    attempts = read_results(Path(results_dir))
    scenarios = fold_attempts(attempts)
    totals = tally(scenarios)
    verdict = decide(totals)
    return {
        "verdict": verdict.code,
        "reason": verdict.reason,
        "generated_at": _iso(now or datetime.now(UTC)),
        "environment": read_environment(Path(results_dir)),
        "run": _run_window(attempts),
        "totals": totals,
        "notes": _notes(scenarios),
        "scenarios": [scenario.to_dict() for scenario in scenarios],
    }


def write_pack(
    results_dir: Path, out_dir: Path, pdf: bool = True, *, now: datetime | None = None
) -> dict[str, Any]:
    """Write signoff.json, signoff.html and, unless `pdf` is False, signoff.pdf."""
    report = build_report(results_dir, now=now)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    text = json.dumps(report, indent=2, ensure_ascii=False)
    (out / "signoff.json").write_text(text + "\n", encoding="utf-8")
    html = render_html(report)
    (out / "signoff.html").write_text(html, encoding="utf-8")
    # A PDF left over from an earlier run would contradict the new verdict.
    (out / "signoff.pdf").unlink(missing_ok=True)
    if pdf:
        footer = f"greenflag sign-off · {VERDICT_TITLES[report['verdict']]}"
        write_pdf(html, out / "signoff.pdf", footer=footer)
    return report


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _from_ms(ms: int | None) -> str | None:
    return None if ms is None else _iso(datetime.fromtimestamp(ms / 1000, UTC))


def _run_window(attempts: Sequence[Attempt]) -> dict[str, str | None]:
    starts = [a.start for a in attempts if a.start is not None]
    stops = [a.stop for a in attempts if a.stop is not None]
    return {
        "started_at": _from_ms(min(starts, default=None)),
        "finished_at": _from_ms(max(stops, default=None)),
    }


def _notes(scenarios: Sequence[Scenario]) -> list[str]:
    untagged = sum(s.moscow == UNTAGGED for s in scenarios)
    flaky = sum(s.flaky for s in scenarios)
    notes = []
    if untagged:
        notes.append(
            f"Untagged: {_plural(untagged)} without a MoSCoW tag, counted apart and outside"
            " the verdict."
        )
    if flaky:
        notes.append(f"Flaky: {_plural(flaky)} passed only after a retry.")
    return notes


def _plural(n: int) -> str:
    return "1 scenario" if n == 1 else f"{n} scenarios"
