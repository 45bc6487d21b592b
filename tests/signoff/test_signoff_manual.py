from __future__ import annotations

from pathlib import Path

import pytest
from allure_factory import ResultSet, by_name

from greenflag.signoff import SignoffError, read_manual

SKIP = "Skipped: manual: a tester runs it by hand and records the outcome"


def manual_file(path: Path, *rows: str) -> Path:
    path.write_text("scenario,tester,date,outcome,note\n" + "\n".join(rows) + "\n")
    return path


def add_manual(results: ResultSet, name: str, moscow: str = "must") -> None:
    results.add(name, "skipped", moscow=moscow, message=SKIP, tags=("manual",),
                channel="ui")


def test_manual_scenarios_take_their_recorded_outcome(results: ResultSet, pack, tmp_path):
    results.add("Automated one")
    add_manual(results, "Caller rates the service on the survey")
    add_manual(results, "Major incident bridge call is opened", moscow="should")
    add_manual(results, "Knowledge article is readable", moscow="could")
    recorded = manual_file(
        tmp_path / "manual.csv",
        "Caller rates the service on the survey,Dana Reyes,2025-03-12,passed,",
        "major incident bridge call  is opened,Sam Ito,2025-03-12,failed,no dial-in link",
        "Knowledge article is readable,Sam Ito,2025-03-13,blocked,KB host down",
        "A scenario that does not exist,Sam Ito,2025-03-13,passed,",
    )
    report, html = pack(manual=recorded)
    survey = by_name(report, "Caller rates the service on the survey")
    assert survey["status"] == "passed"
    assert survey["manual"] == {"outcome": "passed", "tester": "Dana Reyes",
                                "date": "2025-03-12", "note": ""}
    bridge = by_name(report, "Major incident bridge call is opened")
    assert bridge["status"] == "failed"
    assert bridge["message"] == "manual: failed by Sam Ito on 2025-03-12: no dial-in link"
    assert by_name(report, "Knowledge article is readable")["status"] == "broken"
    assert report["verdict"] == "GO_WITH_CONDITIONS"
    manual = report["manual"]
    assert [r["outcome"] for r in manual["results"]] == ["passed", "failed", "blocked"]
    assert manual["unmatched"] == ["A scenario that does not exist"]
    assert manual["source"] == str(recorded)
    assert "Dana Reyes" in html and "no dial-in link" in html and "badge manual" in html


def test_a_manual_must_failure_is_no_go(results: ResultSet, pack, tmp_path) -> None:
    add_manual(results, "Caller rates the service")
    recorded = manual_file(tmp_path / "m.csv", "Caller rates the service,Dana,2025-03-12,failed,")
    report, _ = pack(manual=recorded)
    assert report["verdict"] == "NO_GO"
    assert report["issues"][0]["manual"]["tester"] == "Dana"


def test_a_manual_must_without_an_outcome_is_an_open_condition(results: ResultSet, pack):
    results.add("Automated one")
    add_manual(results, "Caller rates the service")
    report, _ = pack()
    scenario = by_name(report, "Caller rates the service")
    assert scenario["status"] == "skipped" and scenario["manual"]["outcome"] == "pending"
    assert report["manual"]["pending"] == ["Caller rates the service"]
    assert report["verdict"] == "GO_WITH_CONDITIONS"
    assert "Manual Must scenario 'Caller rates the service' has no recorded outcome" in (
        report["conditions"]
    )


def test_the_file_may_have_no_header_and_bad_outcomes_name_the_line(tmp_path: Path) -> None:
    plain = tmp_path / "m.csv"
    plain.write_text("Survey,Dana,2025-03-12,PASSED,fine\n")
    assert read_manual(plain)[0].outcome == "passed"
    plain.write_text("Survey,Dana,2025-03-12,passed,\nBridge,Sam,2025-03-12,done,\n")
    with pytest.raises(SignoffError, match=r"m\.csv:2: outcome 'done' is not one of"):
        read_manual(plain)
