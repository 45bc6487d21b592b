from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from allure_factory import ResultSet, by_name

from greenflag.signoff import SignoffError, build_report, write_pack

SCENARIO_KEYS = {
    "name", "feature", "epic", "moscow", "status", "channel", "duration_s",
    "requirements", "failed_step", "message", "flaky", "retries", "id", "example", "manual",
}  # fmt: skip
REPORT_KEYS = {
    "verdict", "reason", "blockers", "conditions", "cover", "generated_at", "environment",
    "run", "totals", "breakdown", "notes", "traceability", "issues", "regressions", "manual",
    "signoff", "scenarios",
}  # fmt: skip


def test_all_passed_is_go_and_json_matches_the_report(results: ResultSet, pack) -> None:
    results.add("P1 incident is routed to the network team")
    results.add("Caller confirms the resolution", moscow="should")
    report, html = pack()
    written = json.loads((results.folder.parent / "signoff" / "signoff.json").read_text())
    assert report["verdict"] == "GO" and written == report
    assert set(report) == REPORT_KEYS
    assert report["blockers"] == [] and report["conditions"] == []
    assert report["generated_at"] == "2025-03-14T18:00:00+00:00"
    assert report["totals"]["must"] == {
        "passed": 1, "failed": 0, "broken": 0, "skipped": 0, "not_applicable": 0,
    }  # fmt: skip
    assert set(report["totals"]) == {"must", "should", "could", "wont"}
    assert all(set(s) == SCENARIO_KEYS for s in report["scenarios"])
    assert report["issues"] == [] and "No scenario failed or broke." in html


def test_must_failure_is_no_go_and_named_in_json_and_html(results: ResultSet, pack) -> None:
    results.add("Routine incident gets P4")
    results.add(
        "P1 incident breaches after 4 hours",
        "failed",
        message="AssertionError: expected breached, got running",
        failed_step="Then the resolution SLA is breached",
    )
    report, html = pack()
    failed = by_name(report, "P1 incident breaches after 4 hours")
    assert report["verdict"] == "NO_GO"
    assert report["reason"] == (
        "1 Must scenario failed (a product defect), so go-live is not recommended."
    )
    assert report["blockers"] == [
        "P1 incident breaches after 4 hours (api): failed, product defect"
    ]
    assert failed["status"] == "failed"
    assert failed["failed_step"] == "Then the resolution SLA is breached"
    assert failed["message"].startswith("AssertionError")
    assert "Then the resolution SLA is breached" in html and "NO-GO" in html
    assert "Why go-live is blocked" in html


def test_broken_must_is_no_go_and_called_an_environment_fault(results: ResultSet, pack) -> None:
    results.add("Agent takes the incident", "broken", message="httpx.ConnectError: refused")
    report, html = pack()
    assert report["verdict"] == "NO_GO"
    assert report["totals"]["must"]["broken"] == 1
    assert "broken (an environment fault, not a product defect)" in report["reason"]
    assert report["issues"][0]["kind"] == "environment fault"
    assert "environment fault" in html


def test_only_should_failures_is_go_with_conditions_listed(results: ResultSet, pack) -> None:
    results.add("P1 incident is routed")
    results.add("Survey is sent on closure", "failed", moscow="should", message="no mail")
    results.add("Survey is sent on closure", "failed", moscow="should", message="no mail",
                channel="ui")
    results.add("Knowledge article is suggested", "failed", moscow="could", message="none")
    report, html = pack()
    assert report["verdict"] == "GO_WITH_CONDITIONS"
    assert report["reason"] == (
        "No Must scenario failed or broke, but 2 Should scenarios failed (product defects),"
        " so go-live depends on the 1 condition listed."
    )
    assert report["conditions"] == ["Survey is sent on closure (api, ui): failed, product defect"]
    assert "GO WITH CONDITIONS" in html and "Conditions of go-live" in html


def test_wont_is_listed_not_run_and_never_passed(results: ResultSet, pack) -> None:
    results.add("P1 incident is routed")
    results.add("Chatbot logs incidents", "skipped", moscow="wont",
                message="Skipped: won't have: an agreed exclusion")
    results.add("Voice channel logs incidents", "passed", moscow="wont")
    report, html = pack()
    assert by_name(report, "Chatbot logs incidents")["status"] == "not_run"
    assert by_name(report, "Voice channel logs incidents")["status"] == "not_run"
    assert report["totals"]["wont"]["passed"] == 0
    assert report["totals"]["wont"]["skipped"] == 2
    assert "not run" in html


def test_the_last_attempt_by_stop_wins_whatever_the_file_order(results: ResultSet) -> None:
    late = results.add("Escalation mail is sent", "failed", history_id="h1", message="x")
    early = results.add("Escalation mail is sent", "passed", history_id="h1")
    results.write(late | {"start": early["stop"] + 10, "stop": early["stop"] + 20})
    [scenario] = build_report(results.folder)["scenarios"]
    assert scenario["status"] == "failed" and not scenario["flaky"]


def test_not_applicable_skip_is_its_own_status(results: ResultSet, pack) -> None:
    results.add("Major incident is declared", "skipped",
                message="Skipped: not applicable: the target lacks major-incident")
    results.add("Plain skip", "skipped", message="Skipped: flaky target")
    report, _ = pack()
    assert by_name(report, "Major incident is declared")["status"] == "not_applicable"
    assert by_name(report, "Plain skip")["status"] == "skipped"
    assert report["totals"]["must"]["not_applicable"] == 1


def test_untagged_scenarios_are_counted_apart_and_noted(results: ResultSet, pack) -> None:
    results.add("P1 incident is routed")
    results.add("Forgotten scenario", "failed", moscow=None, message="boom")
    report, html = pack()
    assert by_name(report, "Forgotten scenario")["moscow"] == "untagged"
    assert report["totals"]["untagged"]["failed"] == 1
    assert report["verdict"] == "GO"
    assert report["notes"][0].startswith("Untagged: 1 scenario")
    assert "Untagged" in html


def test_fields_from_labels_parameters_and_links(results: ResultSet) -> None:
    written = results.add("Agent resolves", channel="ui", requirements=("REQ-INC-002",),
                          example={"impact": "High", "urgency": "Low"})
    written["links"] = [{"type": "requirement", "name": "REQ-INC-009", "url": "x/REQ-INC-009"}]
    results.write(written)
    [scenario] = build_report(results.folder)["scenarios"]
    assert scenario["channel"] == "ui"
    assert scenario["requirements"] == ["REQ-INC-002", "REQ-INC-009"]
    assert scenario["feature"] == "Incident logging"
    assert scenario["epic"] == "Incident management"
    assert scenario["duration_s"] == 1.2
    assert scenario["example"] == {"impact": "High", "urgency": "Low"}
    assert scenario["id"] == written["historyId"]


def test_breakdown_per_practice_feature_and_channel(results: ResultSet, pack) -> None:
    results.add("Routed", epic="Incident management", feature="Routing", channel="api")
    results.add("Routed", epic="Incident management", feature="Routing", channel="ui",
                status="failed", message="x")
    results.add("Declared", epic="Major incident management", feature="Declaring")
    report, html = pack()
    practice, channel = report["breakdown"]["practice"], report["breakdown"]["channel"]
    assert practice["Incident management"]["failed"] == 1
    assert practice["Major incident management"]["passed"] == 1
    assert channel["ui"] == {"passed": 0, "failed": 1, "broken": 0, "skipped": 0,
                             "not_applicable": 0}
    assert report["breakdown"]["feature"]["Incident management › Routing"]["passed"] == 1
    assert "By practice and feature" in html and "By channel" in html


def test_cover_from_environment_and_ci(results: ResultSet, pack) -> None:
    results.add("P1 incident is routed")
    results.environment(target="refdesk", target_url="http://127.0.0.1:8000",
                        target_version="0.3.1", config_fingerprint="sha256:ab12", seed="42",
                        project="Acme service desk")
    report, html = pack(environ={"GITHUB_RUN_ID": "9917"})
    cover = report["cover"]
    assert cover["project"] == "Acme service desk" and cover["ci_build"] == "9917"
    assert cover["run_date"] == "2025-03-14T14:00:00+00:00"
    assert (cover["target"], cover["target_version"], cover["seed"]) == ("refdesk", "0.3.1", "42")
    for value in ("Acme service desk", "refdesk", "0.3.1", "sha256:ab12", "9917"):
        assert value in html


def test_html_is_self_contained_and_escaped(results: ResultSet, pack) -> None:
    results.add("<script>alert(1)</script>", "failed", message='see <a href="http://x">x</a>',
                screenshot=True)
    results.environment(target_url="http://127.0.0.1:8000")
    _, html = pack(report_link="../allure-report/index.html")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert "@import" not in html and "url(" not in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'src="data:image/png;base64,' in html


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
