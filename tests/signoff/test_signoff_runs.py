"""Retries, flakiness and regressions: how one run relates to its attempts and to the last."""

from __future__ import annotations

import json
from pathlib import Path

from allure_factory import NOW, ResultSet, by_name

from greenflag.signoff import PackOptions, last_run, write_pack


def test_retry_that_passes_is_flaky_never_silently_green(results: ResultSet, pack) -> None:
    results.add("Escalation mail is sent", "failed", history_id="h1", message="timeout")
    results.add("Escalation mail is sent", "passed", history_id="h1")
    report, html = pack()
    [scenario] = report["scenarios"]
    assert scenario["status"] == "passed" and scenario["flaky"] and scenario["retries"] == 1
    assert report["verdict"] == "GO"
    assert "Flaky: 1 scenario passed only after a retry: Escalation mail is sent." in (
        report["notes"]
    )
    assert "badge flaky" in html and "1 retry" in html


def test_retry_that_fails_again_is_not_flaky(results: ResultSet, pack) -> None:
    results.add("Escalation mail is sent", "failed", history_id="h1", message="one")
    results.add("Escalation mail is sent", "failed", history_id="h1", message="two")
    report, _ = pack()
    [scenario] = report["scenarios"]
    assert scenario["status"] == "failed" and not scenario["flaky"]
    assert scenario["retries"] == 1 and scenario["message"] == "two"
    assert report["verdict"] == "NO_GO"


def previous_pack(folder: Path, statuses: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    scenarios = [{"name": n, "channel": "api", "moscow": "must", "status": s,
                  "id": f"h-{n}-api-[]"} for n, s in statuses.items()]
    path = folder / "signoff-20250313T180000Z.json"
    path.write_text(json.dumps({"verdict": "GO", "generated_at": "2025-03-13T18:00:00+00:00",
                                "scenarios": scenarios}))
    return path


def test_regressions_against_the_previous_run(results: ResultSet, pack, tmp_path) -> None:
    previous = previous_pack(tmp_path / "old", {"Routed": "passed", "Escalates": "failed",
                                                "Retired": "passed", "Notified": "passed"})
    results.add("Routed", "failed", message="AssertionError: expected Network, got Desktop")
    results.add("Escalates")
    results.add("Notified")
    results.add("Brand new")
    report, html = pack(previous=previous)
    regressions = report["regressions"]
    assert regressions["previous"] == {"path": str(previous), "verdict": "GO",
                                       "generated_at": "2025-03-13T18:00:00+00:00"}
    assert regressions["newly_failing"] == [
        {"name": "Routed", "channel": "api", "moscow": "must", "status": "failed",
         "before": "passed"}]
    assert [s["name"] for s in regressions["newly_passing"]] == ["Escalates"]
    assert [s["name"] for s in regressions["new"]] == ["Brand new"]
    assert [s["name"] for s in regressions["removed"]] == ["Retired"]
    assert "Newly failing (1)" in html and "Removed scenarios (1)" in html


def test_each_run_is_kept_and_the_next_compares_with_it(results: ResultSet, tmp_path) -> None:
    history = tmp_path / "history"
    options = PackOptions(history=history, environ={})
    results.add("Routed")
    write_pack(results.folder, tmp_path / "out", pdf=False, now=NOW, options=options)
    kept = last_run(history)
    assert kept is not None and kept.name == "signoff-20250314T180000Z.json"
    results.add("Routed", "failed", message="x", history_id="h-Routed-api-[]")
    second = write_pack(results.folder, tmp_path / "out", pdf=False, now=NOW, options=options)
    assert second["regressions"]["previous"]["path"] == str(kept)
    assert [s["name"] for s in second["regressions"]["newly_failing"]] == ["Routed"]
    assert len(list(history.glob("signoff-*.json"))) == 2


def test_without_a_previous_run_there_is_nothing_to_compare(results: ResultSet, pack) -> None:
    results.add("Routed")
    report, html = pack()
    assert report["regressions"]["previous"] is None
    assert "this run becomes the baseline" in html


def test_a_previous_pack_without_ids_matches_on_name_and_channel(results, pack, tmp_path):
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"scenarios": [{"name": "Routed", "channel": "api",
                                              "status": "passed"}]}))
    results.add("Routed", "broken", message="timeout")
    report, _ = pack(previous=old)
    assert by_name(report, "Routed")["status"] == "broken"
    assert [s["before"] for s in report["regressions"]["newly_failing"]] == ["passed"]
