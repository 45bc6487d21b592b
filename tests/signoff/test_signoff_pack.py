from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from allure_factory import ResultSet

from greenflag.signoff import SignoffError, build_report, write_pack

NOW = datetime(2025, 3, 14, 18, 0, tzinfo=UTC)
SCENARIO_KEYS = {
    "name", "feature", "epic", "moscow", "status", "channel", "duration_s",
    "requirements", "failed_step", "message", "flaky", "retries",
}  # fmt: skip


@pytest.fixture
def results(tmp_path: Path) -> ResultSet:
    return ResultSet(tmp_path / "allure-results")


def pack(results: ResultSet) -> tuple[dict, str]:
    out = results.folder.parent / "signoff"
    report = write_pack(results.folder, out, pdf=False, now=NOW)
    return report, (out / "signoff.html").read_text(encoding="utf-8")


def by_name(report: dict, name: str) -> dict:
    return next(s for s in report["scenarios"] if s["name"] == name)


def test_all_passed_is_go_and_json_matches_the_report(results: ResultSet) -> None:
    results.add("P1 incident is routed to the network team")
    results.add("Caller confirms the resolution", moscow="should")
    report, _ = pack(results)
    written = json.loads((results.folder.parent / "signoff" / "signoff.json").read_text())
    assert report["verdict"] == "GO" and written == report
    assert report["generated_at"] == "2025-03-14T18:00:00+00:00"
    assert report["totals"]["must"] == {
        "passed": 1, "failed": 0, "broken": 0, "skipped": 0, "not_applicable": 0,
    }  # fmt: skip
    assert set(report["totals"]) == {"must", "should", "could", "wont"}
    assert all(set(s) == SCENARIO_KEYS for s in report["scenarios"])


def test_must_failure_is_no_go_and_named_in_json_and_html(results: ResultSet) -> None:
    results.add("Routine incident gets P4")
    results.add(
        "P1 incident breaches after 4 hours",
        "failed",
        message="AssertionError: expected breached, got running",
        failed_step="Then the resolution SLA is breached",
    )
    report, html = pack(results)
    failed = by_name(report, "P1 incident breaches after 4 hours")
    assert report["verdict"] == "NO_GO"
    assert failed["status"] == "failed"
    assert failed["failed_step"] == "Then the resolution SLA is breached"
    assert failed["message"].startswith("AssertionError")
    assert "P1 incident breaches after 4 hours" in html
    assert "Then the resolution SLA is breached" in html and "NO-GO" in html


def test_broken_must_is_no_go(results: ResultSet) -> None:
    results.add("Agent takes the incident", "broken", message="httpx.ConnectError: refused")
    report, _ = pack(results)
    assert report["verdict"] == "NO_GO"
    assert report["totals"]["must"]["broken"] == 1
    assert "broken" in report["reason"]


def test_only_should_failures_is_go_with_conditions(results: ResultSet) -> None:
    results.add("P1 incident is routed")
    results.add("Survey is sent on closure", "failed", moscow="should", message="no mail")
    results.add("Knowledge article is suggested", "failed", moscow="could", message="none")
    report, html = pack(results)
    assert report["verdict"] == "GO_WITH_CONDITIONS"
    assert "GO WITH CONDITIONS" in html


def test_wont_is_listed_not_run_and_never_passed(results: ResultSet) -> None:
    results.add("P1 incident is routed")
    results.add("Chatbot logs incidents", "skipped", moscow="wont", message="Skipped: wont")
    results.add("Voice channel logs incidents", "passed", moscow="wont")
    report, html = pack(results)
    assert by_name(report, "Chatbot logs incidents")["status"] == "not_run"
    assert by_name(report, "Voice channel logs incidents")["status"] == "not_run"
    assert report["totals"]["wont"]["passed"] == 0
    assert report["totals"]["wont"]["skipped"] == 2
    assert "not run" in html


def test_retry_that_passes_is_flaky(results: ResultSet) -> None:
    results.add("Escalation mail is sent", "failed", history_id="h1", message="timeout")
    results.add("Escalation mail is sent", "passed", history_id="h1")
    report, html = pack(results)
    [scenario] = report["scenarios"]
    assert scenario["status"] == "passed" and scenario["flaky"] and scenario["retries"] == 1
    assert report["verdict"] == "GO" and "flaky" in html
    assert any(note.startswith("Flaky: 1 scenario") for note in report["notes"])


def test_the_last_attempt_by_stop_wins_whatever_the_file_order(results: ResultSet) -> None:
    late = results.add("Escalation mail is sent", "failed", history_id="h1", message="x")
    early = results.add("Escalation mail is sent", "passed", history_id="h1")
    assert early["stop"] > late["stop"]  # the helper's clock runs forward; swap them below
    path = next(results.folder.glob(f"{late['uuid']}-result.json"))
    path.write_text(json.dumps(late | {"start": early["stop"] + 10, "stop": early["stop"] + 20}))
    [scenario] = build_report(results.folder)["scenarios"]
    assert scenario["status"] == "failed" and not scenario["flaky"]


def test_not_applicable_skip_is_its_own_status(results: ResultSet) -> None:
    results.add(
        "Major incident is declared",
        "skipped",
        message="Skipped: not applicable: target lacks major-incident support",
    )
    results.add("Plain skip", "skipped", message="Skipped: flaky target")
    report, _ = pack(results)
    assert by_name(report, "Major incident is declared")["status"] == "not_applicable"
    assert by_name(report, "Plain skip")["status"] == "skipped"
    assert report["totals"]["must"]["not_applicable"] == 1


def test_untagged_scenarios_are_counted_apart_and_noted(results: ResultSet) -> None:
    results.add("P1 incident is routed")
    results.add("Forgotten scenario", "failed", moscow=None, message="boom")
    report, html = pack(results)
    assert by_name(report, "Forgotten scenario")["moscow"] == "untagged"
    assert report["totals"]["untagged"]["failed"] == 1
    assert report["verdict"] == "GO"
    assert report["notes"][0].startswith("Untagged: 1 scenario")
    assert "Untagged" in html


def test_fields_from_labels_parameters_and_links(results: ResultSet) -> None:
    written = results.add("Agent resolves", channel="ui", requirements=("REQ-INC-002",))
    written["links"] = [{"type": "requirement", "name": "REQ-INC-009", "url": "x/REQ-INC-009"}]
    (results.folder / f"{written['uuid']}-result.json").write_text(json.dumps(written))
    [scenario] = build_report(results.folder)["scenarios"]
    assert scenario["channel"] == "ui"
    assert scenario["requirements"] == ["REQ-INC-002", "REQ-INC-009"]
    assert scenario["feature"] == "Incident logging"
    assert scenario["epic"] == "Incident management"
    assert scenario["duration_s"] == 1.2


def test_environment_is_read_and_shown(results: ResultSet) -> None:
    results.add("P1 incident is routed")
    results.environment(
        target="refdesk", target_version="0.3.1", config_fingerprint="sha256:ab12", seed="42"
    )
    report, html = pack(results)
    assert report["environment"]["target_version"] == "0.3.1"
    assert report["run"]["started_at"] == "2025-03-14T14:00:00+00:00"
    for value in ("refdesk", "0.3.1", "sha256:ab12", "42"):
        assert value in html


def test_html_is_self_contained_and_escaped(results: ResultSet) -> None:
    results.add("<script>alert(1)</script>", "failed", message='see <a href="http://x">x</a>')
    results.environment(target_url="http://127.0.0.1:8000")
    _, html = pack(results)
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert "@import" not in html and "url(" not in html
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "allure-results"
    with pytest.raises(SignoffError) as error:
        write_pack(missing, tmp_path / "out", pdf=False)
    assert str(error.value) == (
        f"no Allure results folder at {missing}: run the scenarios with --alluredir={missing} first"
    )
    assert not (tmp_path / "out").exists()


def test_empty_folder_is_a_clear_error(results: ResultSet) -> None:
    (results.folder / "abc-container.json").write_text("{}")
    with pytest.raises(ValueError, match=r"no Allure results \(\*-result.json\) in"):
        build_report(results.folder)


def test_unreadable_result_names_the_file(results: ResultSet) -> None:
    (results.folder / "abc-result.json").write_text("{not json")
    with pytest.raises(SignoffError, match=r"abc-result\.json is not a readable Allure result"):
        build_report(results.folder)


def test_without_pdf_a_stale_pdf_is_removed(results: ResultSet) -> None:
    results.add("P1 incident is routed")
    out = results.folder.parent / "signoff"
    out.mkdir()
    (out / "signoff.pdf").write_bytes(b"%PDF-old")
    write_pack(results.folder, out, pdf=False)
    assert not (out / "signoff.pdf").exists()
