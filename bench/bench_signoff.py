"""Time the sign-off builder on a large synthetic Allure results folder.

Usage: python bench/bench_signoff.py [--results 10000] [--pdf]
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from greenflag.signoff import PackOptions, build_report, render_html, write_pdf

MOSCOW = ("must", "should", "could", "wont")
STATUSES = ("passed",) * 17 + ("failed", "broken", "skipped")
REQUIREMENTS = 120
GOAL_S = 10.0


def make_results(folder: Path, count: int, seed: int = 7) -> None:
    """Write `count` result files, one in ten of them a retry of an earlier one."""
    rng = random.Random(seed)
    for n in range(count):
        history = f"h{rng.randrange(n)}" if n and rng.random() < 0.1 else f"h{n}"
        status = rng.choice(STATUSES)
        result = {
            "uuid": f"{n:06d}",
            "name": f"Scenario {history}",
            "status": status,
            "statusDetails": {"message": "AssertionError: expected P1, got P3"},
            "historyId": history,
            "start": 1_741_960_800_000 + n * 1000,
            "stop": 1_741_960_800_000 + n * 1000 + rng.randrange(200, 5000),
            "labels": [
                {"name": "moscow", "value": rng.choice(MOSCOW)},
                {"name": "epic", "value": f"Practice {n % 5}"},
                {"name": "feature", "value": f"Feature {n % 40}"},
                {"name": "requirement", "value": f"REQ-INC-{n % REQUIREMENTS:03d}"},
                {"name": "tag", "value": "manual" if n % 97 == 0 else "must"},
            ],
            "parameters": [{"name": "channel", "value": repr(rng.choice(("api", "ui")))},
                           {"name": "target", "value": "'refdesk'", "excluded": True}],
            "steps": [{"name": "Then the priority is P1", "status": status, "steps": [],
                       "parameters": [{"name": "password", "value": "'s3cret-pw'"}]}],
        }
        (folder / f"{n:06d}-result.json").write_text(json.dumps(result), encoding="utf-8")


def make_inputs(folder: Path) -> PackOptions:
    """A requirement catalogue, a manual results file and a previous run."""
    rows = [f"REQ-INC-{n:03d},Requirement {n},Practice {n % 5},{MOSCOW[n % 3]},"
            for n in range(REQUIREMENTS + 5)]
    catalogue = folder / "requirements.csv"
    catalogue.write_text("id,title,practice,moscow,description\n" + "\n".join(rows) + "\n")
    manual = folder / "manual.csv"
    manual.write_text("Scenario h0,Dana,2025-03-12,passed,\nScenario h97,Sam,2025-03-12,failed,\n")
    previous = folder / "previous.json"
    previous.write_text(json.dumps({"verdict": "GO", "scenarios": [
        {"id": f"h{n}", "name": f"Scenario h{n}", "status": "passed"} for n in range(0, 12000, 2)
    ]}))
    return PackOptions(requirements=catalogue, manual=manual, previous=previous, environ={})


def timed(label: str, action: Callable[[], Any]) -> tuple[Any, float]:
    """Run `action`, print how long it took, and return its result and the seconds."""
    start = time.perf_counter()
    value = action()
    took = time.perf_counter() - start
    print(f"{label:<16} {took:7.3f} s")
    return value, took


def main() -> None:
    """Build a report, its HTML and optionally its PDF from synthetic results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=int, default=10_000)
    parser.add_argument("--pdf", action="store_true", help="also print the PDF (timed apart)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "allure-results"
        folder.mkdir()
        timed("write results", lambda: make_results(folder, args.results))
        options = make_inputs(Path(tmp))
        report, build_s = timed("build report", lambda: build_report(folder, options=options))
        text, json_s = timed("write json", lambda: json.dumps(report, indent=2))
        (Path(tmp) / "signoff.json").write_text(text)
        html, html_s = timed("render html", lambda: render_html(report, folder))
        total = build_s + json_s + html_s
        print(f"{'pack (no pdf)':<16} {total:7.3f} s  goal <= {GOAL_S:.0f} s: "
              f"{'met' if total <= GOAL_S else 'MISSED'}")
        if args.pdf:
            timed("print pdf", lambda: write_pdf(html, Path(tmp) / "signoff.pdf"))
        print(f"{args.results} results -> {len(report['scenarios'])} scenarios, "
              f"{len(report['issues'])} issues, verdict {report['verdict']}, "
              f"html {len(html) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
