from __future__ import annotations

from pathlib import Path

from allure_factory import ResultSet

from greenflag.signoff import write_pack


def test_pack_prints_a_pdf(tmp_path: Path) -> None:
    results = ResultSet(tmp_path / "allure-results")
    results.add("P1 incident is routed")
    results.add("Survey is sent", "failed", moscow="should", message="no mail", failed_step="Then")
    report = write_pack(results.folder, tmp_path / "signoff")
    pdf = (tmp_path / "signoff" / "signoff.pdf").read_bytes()
    assert report["verdict"] == "GO_WITH_CONDITIONS"
    assert pdf.startswith(b"%PDF")
