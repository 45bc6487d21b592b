"""Benchmark the UAT pack: per-scenario wall time per channel, and the harness's own share.

    .venv/bin/python bench/bench_pack.py [--tags EXPR]

The harness's share is the scenario's wall time minus the time spent waiting on the desk
(HTTP calls) and on the browser (Playwright calls), over the wall time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import freezegun
import pytest
from playwright._impl._sync_base import SyncBase

from greenflag.targets.refdesk.client import Client

ROOT = Path(__file__).resolve().parents[1]
SLA_BREACH = "test_a_breach_escalates"


class Meter:
    """A pytest plugin that times each scenario and the waits inside it."""

    def __init__(self) -> None:
        self.waited = 0.0
        self.rows: list[tuple[str, str, float, float]] = []

    def wrap(self, owner: type, name: str) -> None:
        original = getattr(owner, name)
        meter = self

        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                meter.waited += time.perf_counter() - start

        setattr(owner, name, timed)

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(self, item):
        self.waited, start = 0.0, time.perf_counter()
        result = yield
        wall = time.perf_counter() - start
        channel = getattr(item, "callspec", None)
        channel = channel.params.get("channel", "?") if channel else "?"
        self.rows.append((item.name, channel, wall, self.waited))
        return result


def main() -> int:
    """Run the pack under the meter and print the numbers per channel."""
    # The meter's own clock must stay real while scenarios freeze time.
    freezegun.configure(extend_ignore_list=["__main__", "bench_pack"])
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tags", default="not wont")
    parser.add_argument("--channel", default="both", choices=("api", "ui", "both"))
    args = parser.parse_args()
    meter = Meter()
    meter.wrap(Client, "send")
    meter.wrap(SyncBase, "_sync")
    code = pytest.main(["-q", "-p", "no:cacheprovider", str(ROOT / "scenarios"),
                        "--tags", args.tags, "--channel", args.channel], plugins=[meter])
    _report(meter.rows)
    return int(code)


def _report(rows: list[tuple[str, str, float, float]]) -> None:
    by_channel: dict[str, list[tuple[str, float, float]]] = defaultdict(list)
    for name, channel, wall, waited in rows:
        by_channel[channel].append((name, wall, waited))
    for channel, runs in sorted(by_channel.items()):
        walls = [wall for _, wall, _ in runs]
        own = sum(wall - waited for _, wall, waited in runs) / sum(walls)
        breach = [wall for name, wall, _ in runs if name.startswith(SLA_BREACH)]
        print(f"{channel}: {len(runs)} scenarios, pack {sum(walls):.2f} s, "
              f"median {statistics.median(walls):.3f} s, harness share {own:.1%}"
              + (f", SLA breach scenario {breach[0]:.2f} s" if breach else ""))


if __name__ == "__main__":
    sys.exit(main())
