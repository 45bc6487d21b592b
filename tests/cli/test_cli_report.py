from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from allure_factory import ResultSet

from greenflag import cli
from greenflag.report import (
    Generator,
    ReportError,
    build_allure_report,
    find_generator,
    generate_command,
)

FAKE = """#!{python}
import base64, json, pathlib, sys
args = sys.argv[1:]
if args == ["--version"]:
    print("{version}")
    sys.exit(0)
pathlib.Path({record!r}).write_text(json.dumps(args))
out = pathlib.Path(args[args.index("-o" if "-o" in args else "--output") + 1])
out.mkdir(parents=True, exist_ok=True)
trend = base64.b64encode(b'[{{"data": {{"passed": 1}}}}]').decode()
(out / "index.html").write_text("<html>d('history/history-trend.json','" + trend + "')</html>")
"""


def fake_allure(folder: Path, version: str) -> Path:
    """An `allure` that answers --version and writes a small index.html."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "allure"
    record = str(folder / "args.json")
    path.write_text(FAKE.format(python=sys.executable, version=version, record=record))
    path.chmod(0o755)
    return path


@pytest.fixture
def results(tmp_path: Path) -> ResultSet:
    results = ResultSet(tmp_path / "allure-results")
    results.add("Routed")
    return results


def test_without_any_allure_the_command_says_how_to_get_one(tmp_path, monkeypatch, capsys,
                                                            results) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.delenv("GREENFLAG_ALLURE", raising=False)
    assert cli.main(["report", "--results", str(results.folder)]) == 2
    err = capsys.readouterr().err
    for text in ("no Allure report generator found", "npm install --save-dev allure",
                 "allure-commandline", "needs Java", "GREENFLAG_ALLURE"):
        assert text in err


def test_commands_for_allure_3_and_allure_2(tmp_path: Path) -> None:
    config, out, res = tmp_path / "rc.json", tmp_path / "out", tmp_path / "res"
    assert generate_command(Generator("allure", 3), res, out, config) == [
        "allure", "generate", "--config", str(config), "--output", str(out), str(res)]
    assert generate_command(Generator("allure", 2), res, out, config) == [
        "allure", "generate", "--single-file", "--clean", "-o", str(out), str(res)]


def test_the_generator_is_found_in_node_modules_then_on_path(tmp_path: Path) -> None:
    fake_allure(tmp_path / "node_modules" / ".bin", "3.18.0")
    fake_allure(tmp_path / "bin", "2.46.1")
    env = {"PATH": str(tmp_path / "bin")}
    assert find_generator(env, tmp_path).major == 3
    assert find_generator(env, tmp_path / "bin").major == 2
    assert find_generator({"PATH": str(tmp_path / "none")}, tmp_path / "bin") is None
    with pytest.raises(ReportError, match="GREENFLAG_ALLURE=/no/allure does not run"):
        find_generator({"GREENFLAG_ALLURE": "/no/allure"}, tmp_path)


def test_allure_3_gets_a_single_file_config_with_history_and_categories(tmp_path, results):
    exe = fake_allure(tmp_path / "bin", "3.18.0")
    history = tmp_path / "history"
    index, generator = build_allure_report(
        results.folder, tmp_path / "report", history, cwd=tmp_path,
        environ={"GREENFLAG_ALLURE": str(exe), "PATH": os.environ["PATH"]})
    assert index.is_file() and generator.major == 3
    args = json.loads((tmp_path / "bin" / "args.json").read_text())
    assert args[0] == "generate" and args[-1] == str(results.folder)
    assert not (Path(args[args.index("--config") + 1])).exists()


def test_allure_2_history_is_carried_between_runs(tmp_path, results) -> None:
    exe = fake_allure(tmp_path / "bin", "2.46.1")
    env = {"GREENFLAG_ALLURE": str(exe), "PATH": os.environ["PATH"]}
    history = tmp_path / "history"
    build_allure_report(results.folder, tmp_path / "report", history, environ=env, cwd=tmp_path)
    kept = history / "allure2" / "history-trend.json"
    assert json.loads(kept.read_text()) == [{"data": {"passed": 1}}]
    build_allure_report(results.folder, tmp_path / "report", history, environ=env, cwd=tmp_path)
    assert (results.folder / "history" / "history-trend.json").read_text() == kept.read_text()


def test_an_output_folder_with_other_files_is_refused(tmp_path, results) -> None:
    exe = fake_allure(tmp_path / "bin", "2.46.1")
    (tmp_path / "precious").mkdir()
    (tmp_path / "precious" / "thesis.tex").write_text("...")
    with pytest.raises(ReportError, match="holds files Allure did not write"):
        build_allure_report(results.folder, tmp_path / "precious", tmp_path / "h",
                            environ={"GREENFLAG_ALLURE": str(exe)}, cwd=tmp_path)


def real_allure() -> str | None:
    chosen = os.environ.get("GREENFLAG_ALLURE") or shutil.which("allure")
    local = Path.cwd() / "node_modules" / ".bin" / "allure"
    return chosen or (str(local) if local.is_file() else None)


@pytest.mark.skipif(real_allure() is None, reason="no allure installed (npm install allure)")
def test_a_real_allure_builds_one_self_contained_file(tmp_path: Path) -> None:
    results = ResultSet(tmp_path / "allure-results")
    results.add("Flaky one", "failed", history_id="h1", message="timeout")
    results.add("Flaky one", "passed", history_id="h1")
    results.add("Broken one", "broken", message="ConnectError")
    env = os.environ | {"GREENFLAG_ALLURE": str(real_allure())}
    index, _ = build_allure_report(results.folder, tmp_path / "report", tmp_path / "history",
                                   environ=env, cwd=tmp_path)
    assert index.stat().st_size > 100_000
    assert not [p for p in index.parent.iterdir() if p.is_dir()]
    assert list((tmp_path / "history").iterdir())
