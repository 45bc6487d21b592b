"""A password given to the run never reaches a report, a trace, a screenshot or a log."""

from __future__ import annotations

import zipfile
from pathlib import Path

from tests.pack.running import greenflag

SECRET = "planted-Secret-7f3a9c"


def _texts(root: Path):
    for path in root.rglob("*"):
        if path.is_file():
            yield path, path.read_bytes()
            if path.suffix == ".zip":
                with zipfile.ZipFile(path) as archive:
                    for name in archive.namelist():
                        yield path / name, archive.read(name)


def test_the_admin_password_appears_in_no_output(tmp_path, swapped_matrix):
    results, out, evidence = tmp_path / "results", tmp_path / "signoff", tmp_path / "evidence"
    done = greenflag(
        "run",
        "--no-history",
        "--desk-config",
        str(swapped_matrix),
        "--tags",
        "REQ-INC-003",
        "--results",
        str(results),
        "--out",
        str(out),
        "--",
        "--evidence-dir",
        str(evidence),
        "--basetemp",
        str(tmp_path / "work"),
        env={"REFDESK_ADMIN_PASSWORD": SECRET},
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert list(evidence.rglob("trace.zip")), "a failed UI scenario keeps a trace"
    leaks = [str(path) for path, data in _texts(tmp_path) if SECRET.encode() in data]
    assert SECRET not in done.stdout + done.stderr
    assert leaks == []
