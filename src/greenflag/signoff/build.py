"""Build the sign-off report, a JSON-ready dict, from an Allure results folder."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from greenflag.signoff.issues import issue_log
from greenflag.signoff.manual import apply_manual, read_manual
from greenflag.signoff.regressions import compare, last_run, load_previous
from greenflag.signoff.requirements import read_catalogue, trace
from greenflag.signoff.results import Attempt, read_environment, read_results
from greenflag.signoff.scenarios import Scenario, breakdown, fold_attempts, tally
from greenflag.signoff.secrets import Redactor
from greenflag.signoff.signatures import read_config, signoff_block
from greenflag.signoff.verdict import Findings, decide
from greenflag.signoff.vocab import UNTAGGED, plural

__all__ = ["CI_BUILD_VARIABLES", "PackOptions", "build_report"]

CI_BUILD_VARIABLES = ("CI_BUILD_ID", "GITHUB_RUN_ID", "CI_PIPELINE_ID", "BUILD_NUMBER")
_COVER_KEYS = ("target", "target_url", "target_version", "config_fingerprint", "seed")


@dataclass(frozen=True)
class PackOptions:
    """The pack's optional inputs; None leaves that part out."""

    requirements: Path | None = None
    manual: Path | None = None
    previous: Path | None = None
    history: Path | None = None
    signoff_config: Path | None = None
    report_link: str | None = None
    environ: Mapping[str, str] | None = None


def build_report(
    results_dir: Path, *, now: datetime | None = None, options: PackOptions | None = None
) -> dict[str, Any]:
    """Read `results_dir` (and the optional inputs) and return the sign-off report."""
    options = options or PackOptions()
    environ = os.environ if options.environ is None else options.environ
    raw_environment = read_environment(Path(results_dir))
    redactor = Redactor.from_mapping({**environ, **raw_environment})
    attempts = read_results(Path(results_dir), redactor)
    scenarios, manual = _with_manual(fold_attempts(attempts), options.manual)
    parts = _sections(scenarios, attempts, options.report_link)
    parts |= {"manual": manual, "environment": redactor.mapping(raw_environment),
              "generated_at": _iso(now or datetime.now(UTC))}
    catalogue = read_catalogue(options.requirements) if options.requirements else []
    parts["traceability"] = trace(catalogue, scenarios, _name(options.requirements))
    parts["regressions"] = compare(_previous(options), parts["scenarios"])
    parts["notes"] = _notes(scenarios, parts)
    return _assembled(parts, read_config(options.signoff_config), environ)


_ORDER = ("generated_at", "environment", "run", "totals", "breakdown", "notes",
          "traceability", "issues", "regressions", "manual")


def _sections(
    scenarios: list[Scenario], attempts: list[Attempt], report_link: str | None
) -> dict[str, Any]:
    return {
        "run": _run_window(attempts),
        "totals": tally(scenarios),
        "breakdown": {
            "practice": breakdown(scenarios, lambda s: s.epic or "Unsorted"),
            "feature": breakdown(scenarios, lambda s: f"{s.epic or 'Unsorted'} › {s.feature}"),
            "channel": breakdown(scenarios, lambda s: s.channel or "none"),
        },
        "issues": issue_log(scenarios, report_link),
        "scenarios": [scenario.to_dict() for scenario in scenarios],
    }


def _assembled(
    parts: dict[str, Any], config: Mapping[str, Any], environ: Mapping[str, str]
) -> dict[str, Any]:
    verdict = decide(parts["totals"], _findings(parts))
    report = {"verdict": verdict.code, "reason": verdict.reason,
              "blockers": list(verdict.blockers), "conditions": list(verdict.conditions),
              "cover": _cover(parts, config, environ)}
    report |= {key: parts[key] for key in _ORDER}
    report["signoff"] = signoff_block(config, report)
    report["scenarios"] = parts["scenarios"]
    return report


def _with_manual(
    scenarios: list[Scenario], path: Path | None
) -> tuple[list[Scenario], dict[str, Any]]:
    results = read_manual(path) if path else []
    return apply_manual(scenarios, results, _name(path))


def _previous(options: PackOptions) -> dict[str, Any] | None:
    path = options.previous
    if path is None and options.history is not None:
        path = last_run(options.history)
    return load_previous(path) if path else None


def _findings(report: Mapping[str, Any]) -> Findings:
    issues, items = report["issues"], report["traceability"]["requirements"]
    musts = [item for item in items if item["moscow"] == "must"]
    unrun = [f"Must requirement {i['id']} was not run: run it, or record why it is waived"
             for i in musts if i["status"] == "NOTRUN"]
    pending = [f"Manual Must scenario {r['name']!r} has no recorded outcome"
               for r in report["manual"]["results"]
               if r["moscow"] == "must" and r["outcome"] == "pending"]
    return Findings(
        must_issues=_issue_lines(issues, "must"),
        should_issues=_issue_lines(issues, "should"),
        uncovered_musts=[i["id"] for i in musts if i["status"] == "UNCOVERED"],
        open_items=unrun + pending,
    )


def _issue_lines(issues: Sequence[Mapping[str, Any]], moscow: str) -> list[str]:
    grouped: dict[tuple[str, str, str], list[str]] = {}
    for issue in issues:
        if issue["moscow"] == moscow:
            key = (issue["name"], issue["status"], issue["kind"])
            grouped.setdefault(key, []).append(issue["channel"] or "")
    return [f"{name} ({', '.join(c for c in channels if c) or 'no channel'}): {status}, {kind}"
            for (name, status, kind), channels in grouped.items()]


def _cover(report: Mapping[str, Any], config: Mapping[str, Any], environ: Mapping) -> dict:
    given = report["environment"]
    build = given.get("ci_build") or next(
        (environ[name] for name in CI_BUILD_VARIABLES if environ.get(name)), None)
    return {
        "project": config.get("project") or given.get("project") or "UAT sign-off",
        **{key: given.get(key) or None for key in _COVER_KEYS},
        "run_date": report["run"]["started_at"] or report["generated_at"],
        "ci_build": build or None,
        "generated_at": report["generated_at"],
    }


def _notes(scenarios: Sequence[Scenario], report: Mapping[str, Any]) -> list[str]:
    return [*_scenario_notes(scenarios), *_input_notes(report)]


def _scenario_notes(scenarios: Sequence[Scenario]) -> list[str]:
    untagged = sum(s.moscow == UNTAGGED for s in scenarios)
    flaky = [s.title for s in scenarios if s.flaky]
    notes = []
    if untagged:
        notes.append(f"Untagged: {plural(untagged, 'scenario')} without a MoSCoW tag, counted"
                     " apart and outside the verdict.")
    if flaky:
        named = "; ".join(flaky[:5]) + (" …" if len(flaky) > 5 else "")
        notes.append(f"Flaky: {plural(len(flaky), 'scenario')} passed only after a retry: "
                     f"{named}.")
    return notes


def _input_notes(report: Mapping[str, Any]) -> list[str]:
    trace_section, manual = report["traceability"], report["manual"]
    unknown = [i["id"] for i in trace_section["requirements"] if not i["in_catalogue"]]
    notes = []
    if trace_section["source"] is None:
        notes.append("No requirement catalogue was given: traceability lists only the"
                     " requirements the scenarios name, so none can show as UNCOVERED.")
    elif unknown:
        notes.append(f"Not in the catalogue: {', '.join(unknown)}.")
    if manual["unmatched"]:
        notes.append(f"Manual results for unknown scenarios: {'; '.join(manual['unmatched'])}.")
    if report["regressions"]["previous"] is None:
        notes.append("No previous run to compare with: regressions start from this run.")
    return notes


def _name(path: Path | None) -> str | None:
    return None if path is None else str(path)


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
