"""Time the sign-off builder on a large synthetic Allure results folder.

Usage: python bench/bench_signoff.py [--scenarios 2000] [--pdf]
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

from greenflag.signoff import build_report, render_html, write_pdf

MOSCOW = ("must", "should", "could", "wont")
STATUSES = ("passed",) * 17 + ("failed", "broken", "skipped")


def make_results(folder: Path, count: int, seed: int = 7) -> None:
    """Write `count` result files, one in ten of them a retry of an earlier one."""
    rng = random.Random(seed)
    for n in range(count):
        history = f"h{rng.randrange(n)}" if n and rng.random() < 0.1 else f"h{n}"
        result = {
            "name": f"Scenario {history}",
            "status": rng.choice(STATUSES),
            "statusDetails": {"message": "AssertionError: expected P1, got P3"},
            "historyId": history,
            "start": 1_741_960_800_000 + n * 1000,
            "stop": 1_741_960_800_000 + n * 1000 + rng.randrange(200, 5000),
            "labels": [
                {"name": "moscow", "value": rng.choice(MOSCOW)},
                {"name": "epic", "value": f"Practice {n % 5}"},
                {"name": "feature", "value": f"Feature {n % 40}"},
                {"name": "requirement", "value": f"REQ-INC-{n % 120:03d}"},
            ],
            "parameters": [{"name": "channel", "value": repr(rng.choice(("api", "ui")))}],
            "steps": [{"name": "Then the priority is P1", "status": "failed", "steps": []}],
        }
        (folder / f"{n:06d}-result.json").write_text(json.dumps(result), encoding="utf-8")


def timed(label: str, action: Callable[[], Any]) -> Any:
    """Run `action`, print how long it took, and return its result."""
    start = time.perf_counter()
    value = action()
    print(f"{label:<14} {time.perf_counter() - start:7.3f} s")
    return value


def main() -> None:
    """Build a report, its HTML and optionally its PDF from synthetic results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenarios", type=int, default=2000)
    parser.add_argument("--pdf", action="store_true", help="also print the PDF (slow)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        timed("write results", lambda: make_results(folder, args.scenarios))
        report = timed("build report", lambda: build_report(folder))
        html = timed("render html", lambda: render_html(report))
        if args.pdf:
            timed("print pdf", lambda: write_pdf(html, folder / "signoff.pdf"))
        print(f"{len(report['scenarios'])} scenarios, verdict {report['verdict']}")


if __name__ == "__main__":
    main()
