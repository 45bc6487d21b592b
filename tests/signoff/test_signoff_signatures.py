from __future__ import annotations

from pathlib import Path

import pytest
from allure_factory import ResultSet

from greenflag.signoff import SignoffError

ROOT = Path(__file__).resolve().parents[2]


def test_default_block_has_roles_lines_and_checked_flags(results: ResultSet, pack) -> None:
    results.add("Routed")
    results.add("Survey", "failed", moscow="should", message="x", requirements=("REQ-CLS-1",))
    report, html = pack()
    block = report["signoff"]
    assert [s["role"] for s in block["stakeholders"]] == [
        "UAT lead", "Service desk lead", "Business owner"]
    assert all(s["decision"] is None and s["signature"] is None for s in block["stakeholders"])
    flags = {c["check"]: c["raised"] for c in block["checklist"]}
    assert flags == {"must-passed": True, "must-requirements-ok": True,
                     "no-regressions": True, "manual-recorded": True}
    for text in ("Green-flag checklist", "Signature", "Decision", "Service desk lead"):
        assert text in html


def test_the_repository_signoff_yaml_is_valid(results: ResultSet, pack) -> None:
    results.add("Routed", "failed", message="x")
    report, html = pack(signoff_config=ROOT / "signoff.yaml")
    block = report["signoff"]
    assert block["source"] == str(ROOT / "signoff.yaml")
    assert len(block["stakeholders"]) >= 3
    flags = {c["check"]: c["raised"] for c in block["checklist"] if c["check"]}
    assert flags["must-passed"] is False
    assert any(c["raised"] is None for c in block["checklist"])
    assert report["cover"]["project"] in html


def test_a_config_names_roles_people_and_checks(results: ResultSet, pack, tmp_path) -> None:
    config = tmp_path / "signoff.yaml"
    config.write_text(
        "project: Acme go-live\n"
        "stakeholders:\n  - role: IT operations\n    name: Kim Lee\n  - Business owner\n"
        "checklist:\n  - item: Support rota agreed\n"
        "  - item: No environment faults\n    check: no-environment-faults\n"
    )
    results.add("Routed", "broken", message="timeout")
    report, _ = pack(signoff_config=config)
    assert report["cover"]["project"] == "Acme go-live"
    assert report["signoff"]["stakeholders"][0]["name"] == "Kim Lee"
    assert report["signoff"]["stakeholders"][1]["role"] == "Business owner"
    assert [c["raised"] for c in report["signoff"]["checklist"]] == [None, False]


def test_an_unknown_check_is_a_clear_error(results: ResultSet, pack, tmp_path) -> None:
    config = tmp_path / "signoff.yaml"
    config.write_text("checklist:\n  - item: Magic\n    check: all-good\n")
    results.add("Routed")
    with pytest.raises(SignoffError, match="unknown check 'all-good' for 'Magic'; use one of"):
        pack(signoff_config=config)
