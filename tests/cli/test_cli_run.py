from __future__ import annotations

import json
from pathlib import Path

import pytest
from allure_factory import ResultSet

from greenflag import cli


@pytest.fixture
def fake_pytest(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Stand in for the pytest run: record the command, write a retried scenario."""
    calls: list[list[str]] = []

    def call(command: list[str]) -> int:
        calls.append(command)
        results = ResultSet(Path(command[command.index("--alluredir") + 1]))
        results.add("Escalation mail is sent", "failed", history_id="h1", message="timeout")
        results.add("Escalation mail is sent", "passed", history_id="h1")
        return 0

    monkeypatch.setattr(cli.subprocess, "call", call)
    return calls


def test_run_passes_reruns_to_pytest_and_reports_the_retry_flaky(
    fake_pytest, tmp_path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code = cli.main(["run", "--reruns", "2", "--no-pdf", "--tags", "@must", "--", "-x"])
    [command] = fake_pytest
    assert code == 0
    assert command[command.index("--reruns") + 1] == "2"
    assert command[-1] == "-x" and command[command.index("--tags") + 1] == "@must"
    results = tmp_path / "reports" / "allure-results"
    assert json.loads((results / "categories.json").read_text())[0]["flaky"] is True
    flagged = [json.loads(p.read_text()) for p in results.glob("*-result.json")]
    assert [r["statusDetails"].get("flaky") for r in flagged if r["status"] == "passed"] == [True]
    pack = json.loads((tmp_path / "reports" / "signoff" / "signoff.json").read_text())
    assert pack["scenarios"][0]["flaky"] and pack["scenarios"][0]["retries"] == 1


def test_run_without_reruns_leaves_them_out(fake_pytest, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    cli.main(["run", "--no-pdf", "--workers", "auto"])
    [command] = fake_pytest
    assert "--reruns" not in command and command[command.index("-n") + 1] == "auto"
    assert command[2:5] == ["pytest", "scenarios", "-q"]


def test_run_with_report_says_how_to_get_allure_when_missing(
    fake_pytest, tmp_path, monkeypatch, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("GREENFLAG_ALLURE", raising=False)
    assert cli.main(["run", "--no-pdf", "--report"]) == 0
    assert "npm install --save-dev allure" in capsys.readouterr().err
