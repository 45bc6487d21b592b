from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from allure_factory import ResultSet, write_catalogue

from greenflag.signoff import PackOptions, write_pack

PLANTED = "Pl4nted-s3cret!"


def rich_results(folder: Path) -> ResultSet:
    results = ResultSet(folder)
    results.add("P1 incident is routed")
    results.add("P1 incident breaches after 4 hours", "failed", channel="ui", screenshot=True,
                message=f"AssertionError: expected breached, got running (as {PLANTED})",
                failed_step="Then the resolution SLA is breached")
    results.add("Survey is sent", "failed", moscow="should", message="no mail",
                failed_step="Then the caller receives a survey")
    results.environment(target="refdesk", target_version="0.3.1", seed="42",
                        config_fingerprint="sha256:ab12", project="Acme service desk")
    return results


def test_first_page_shows_the_verdict_and_renders_to_png(tmp_path: Path) -> None:
    results = rich_results(tmp_path / "allure-results")
    catalogue = write_catalogue(tmp_path / "r.csv", "REQ-INC-001,Portal,Incident,must,")
    options = PackOptions(requirements=catalogue, environ={"ADMIN_PASSWORD": PLANTED})
    write_pack(results.folder, tmp_path / "out", options=options)
    pdf = tmp_path / "out" / "signoff.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftoppm") is None:
        pytest.skip("reading the PDF back needs poppler-utils (pdftotext, pdftoppm)")
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout
    assert "NO-GO" in first and "1 Must scenario failed (a product defect)" in first
    assert "Acme service desk" in first and "sha256:ab12" in first
    every_page = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                check=True).stdout
    assert "expected breached" in every_page and PLANTED not in every_page
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True)
    [page] = tmp_path.glob("page-*1.png")
    assert page.read_bytes().startswith(b"\x89PNG")
