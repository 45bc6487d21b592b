from __future__ import annotations

from pathlib import Path

import pytest
from allure_factory import ResultSet, write_catalogue

from greenflag.signoff import SignoffError, read_catalogue


@pytest.fixture
def catalogue(tmp_path: Path) -> Path:
    return write_catalogue(
        tmp_path / "requirements.csv",
        "REQ-INC-001,Portal submission,Incident management,must,Callers report",
        "REQ-INC-002,Categorised by service,Incident management,must,Keyword rules",
        "REQ-INC-003,Priority matrix,Incident management,should,Impact x urgency",
        "REQ-MIM-001,Major incident declared,Major incident management,must,Declared",
        "REQ-CHT-001,Chatbot,Incident management,wont,Out of scope",
    )


def statuses(report: dict) -> dict[str, str]:
    return {r["id"]: r["status"] for r in report["traceability"]["requirements"]}


def test_each_requirement_is_ok_nok_notrun_or_uncovered(results: ResultSet, pack, catalogue):
    results.add("Portal submission", requirements=("REQ-INC-001",))
    results.add("Categorised", "failed", requirements=("REQ-INC-002",), message="x")
    results.add("Priority", "skipped", moscow="should", requirements=("REQ-INC-003",),
                message="Skipped: flaky")
    report, html = pack(requirements=catalogue)
    assert statuses(report) == {"REQ-INC-001": "OK", "REQ-INC-002": "NOK",
                                "REQ-INC-003": "NOTRUN", "REQ-MIM-001": "UNCOVERED",
                                "REQ-CHT-001": "UNCOVERED"}
    assert report["traceability"]["counts"] == {"OK": 1, "NOK": 1, "NOTRUN": 1, "UNCOVERED": 2}
    assert report["traceability"]["source"] == str(catalogue)
    first = report["traceability"]["requirements"][0]
    assert first["title"] == "Portal submission" and first["scenarios"] == [
        {"name": "Portal submission", "channel": "api", "status": "passed"}
    ]
    for status in ("OK", "NOK", "NOTRUN", "UNCOVERED"):
        assert f">{status}</span>" in html


def test_an_uncovered_must_requirement_is_no_go_and_says_so(results: ResultSet, pack,
                                                             catalogue: Path) -> None:
    for rid in ("REQ-INC-001", "REQ-INC-002"):
        results.add(f"Covers {rid}", requirements=(rid,))
    results.add("Priority", moscow="should", requirements=("REQ-INC-003",))
    report, html = pack(requirements=catalogue)
    assert report["verdict"] == "NO_GO"
    assert report["reason"] == (
        "Must requirement REQ-MIM-001 has no scenario, so go-live is not recommended."
    )
    assert report["blockers"] == ["Must requirement REQ-MIM-001 has no scenario"]
    assert "NO-GO: a Must requirement with no scenario" in html


def test_a_must_requirement_not_run_is_a_condition(results: ResultSet, pack, tmp_path):
    catalogue = write_catalogue(tmp_path / "r.csv", "REQ-MIM-001,Declared,Major,must,")
    results.add("Declared", "skipped", requirements=("REQ-MIM-001",),
                message="Skipped: not applicable: the target lacks major-incident")
    report, _ = pack(requirements=catalogue)
    assert report["verdict"] == "GO_WITH_CONDITIONS"
    assert report["conditions"] == [
        "Must requirement REQ-MIM-001 was not run: run it, or record why it is waived"
    ]


def test_without_a_catalogue_requirements_come_from_scenarios(results: ResultSet, pack):
    results.add("Routed", requirements=("REQ-RTE-001",))
    report, _ = pack()
    [item] = report["traceability"]["requirements"]
    assert (item["id"], item["status"], item["in_catalogue"]) == ("REQ-RTE-001", "OK", False)
    assert report["traceability"]["source"] is None
    assert any(note.startswith("No requirement catalogue") for note in report["notes"])


def test_requirements_missing_from_the_catalogue_are_noted(results, pack, catalogue):
    results.add("Stray", requirements=("REQ-INC-001", "REQ-ZZZ-009"))
    report, _ = pack(requirements=catalogue)
    assert "Not in the catalogue: REQ-ZZZ-009." in report["notes"]


def test_a_bad_catalogue_names_the_line(tmp_path: Path) -> None:
    bad = write_catalogue(tmp_path / "r.csv", "REQ-1,One,Inc,must,", "REQ-2,Two,Inc,maybe,")
    with pytest.raises(SignoffError, match=r"r\.csv:3: moscow 'maybe' is not one of"):
        read_catalogue(bad)
    (tmp_path / "cols.csv").write_text("ident,title\nREQ-1,One\n")
    with pytest.raises(SignoffError, match="lacks the column"):
        read_catalogue(tmp_path / "cols.csv")
