from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from allure_factory import ResultSet

from greenflag import cli

ROOT = Path(__file__).resolve().parents[2]
PLANTED = "Pl4nted-s3cret!"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory laid out like the repository, with a run's results."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "requirements.csv").write_text(
        "id,title,practice,moscow,description\n"
        "REQ-INC-001,Portal,Incident management,must,\n"
        "REQ-MIM-001,Declared,Major incident management,must,\n")
    (tmp_path / "features" / "manual-results.csv").write_text(
        "Survey is rated,Dana,2025-03-12,passed,\n")
    (tmp_path / "signoff.yaml").write_text("project: Acme\nstakeholders: [Sponsor]\n")
    results = ResultSet(tmp_path / "reports" / "allure-results")
    results.add("Routed")
    results.add("Survey is rated", "skipped", moscow="should", tags=("manual",),
                message="Skipped: manual: by hand")
    return tmp_path


def test_signoff_picks_up_the_repository_files_and_keeps_history(project, capsys) -> None:
    code = cli.main(["signoff", "--no-pdf"])
    out = capsys.readouterr().out
    pack = json.loads((project / "reports" / "signoff" / "signoff.json").read_text())
    assert code == 1 and pack["verdict"] == "NO_GO"
    assert "greenflag: NO-GO: Must requirement REQ-MIM-001 has no scenario" in out
    assert "  - Must requirement REQ-MIM-001 has no scenario" in out
    assert pack["traceability"]["source"] == "features/requirements.csv"
    assert pack["manual"]["results"][0]["tester"] == "Dana"
    assert pack["cover"]["project"] == "Acme"
    assert pack["signoff"]["stakeholders"] == [
        {"role": "Sponsor", "name": "", "decision": None, "date": None, "signature": None}]
    assert pack["issues"] == [] and len(list((project / "reports" / "history").iterdir())) == 1
    assert cli.main(["signoff", "--no-pdf"]) == 1
    second = json.loads((project / "reports" / "signoff" / "signoff.json").read_text())
    assert second["regressions"]["previous"]["verdict"] == "NO_GO"


def test_signoff_links_issues_into_the_allure_report(project) -> None:
    ResultSet(project / "reports" / "allure-results").add("Broke", "broken", message="x")
    cli.main(["signoff", "--no-pdf", "--no-history"])
    pack = json.loads((project / "reports" / "signoff" / "signoff.json").read_text())
    assert pack["issues"][0]["allure_link"].startswith("../allure-report/index.html#")
    assert not (project / "reports" / "history").exists()


def test_signoff_options_override_the_defaults(project, tmp_path) -> None:
    other = tmp_path / "other.csv"
    other.write_text("id,title,practice,moscow,description\nREQ-INC-001,Portal,Inc,must,\n")
    out = tmp_path / "elsewhere"
    assert cli.main(["signoff", "--no-pdf", "--requirements", str(other), "--out", str(out),
                     "--previous", str(tmp_path / "nothing.json")]) == 2
    assert cli.main(["signoff", "--no-pdf", "--requirements", str(other), "--out",
                     str(out)]) == 0
    assert json.loads((out / "signoff.json").read_text())["verdict"] == "GO"


def test_signoff_without_results_is_a_usage_error(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main(["signoff", "--no-pdf"]) == 2
    assert "no Allure results folder at reports/allure-results" in capsys.readouterr().err


def test_a_password_in_the_builders_environment_reaches_no_output(tmp_path: Path) -> None:
    results = ResultSet(tmp_path / "allure-results")
    results.add("Agent signs in", "failed", message=f"login refused for {PLANTED}",
                failed_step=f"When the agent signs in with password {PLANTED}",
                step_parameters={"password": PLANTED})
    results.add("Routed")
    results.environment(target="refdesk", admin_password=PLANTED)
    env = os.environ | {"GREENFLAG_ADMIN_PASSWORD": PLANTED}
    command = [sys.executable, "-m", "greenflag.cli", "signoff", "--results",
               str(results.folder), "--out", str(tmp_path / "out"), "--history",
               str(tmp_path / "history"), "--no-pdf"]
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1, done.stderr
    assert PLANTED not in done.stdout + done.stderr
    written = [p for p in tmp_path.rglob("*") if p.is_file() and "allure-results" not in p.parts]
    assert {p.name for p in written} >= {"signoff.json", "signoff.html"}
    for path in written:
        assert PLANTED.encode() not in path.read_bytes(), path
