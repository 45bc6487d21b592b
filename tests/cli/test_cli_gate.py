from __future__ import annotations

import json
from pathlib import Path

import pytest

from greenflag.cli import main


def pack_file(tmp_path: Path, verdict: str) -> Path:
    path = tmp_path / "signoff.json"
    path.write_text(json.dumps({"verdict": verdict, "reason": f"because {verdict}"}))
    return path


@pytest.mark.parametrize(
    ("verdict", "strict", "code"),
    [("GO", False, 0), ("GO_WITH_CONDITIONS", False, 0), ("NO_GO", False, 1),
     ("GO", True, 0), ("GO_WITH_CONDITIONS", True, 1), ("NO_GO", True, 1)],
)
def test_gate_exit_code_follows_the_verdict(tmp_path, capsys, verdict, strict, code) -> None:
    path = pack_file(tmp_path, verdict)
    assert main(["gate", str(path), *(["--strict"] if strict else [])]) == code
    assert f"because {verdict}" in capsys.readouterr().out


def test_gate_reads_the_default_pack(tmp_path, monkeypatch, capsys) -> None:
    (tmp_path / "reports" / "signoff").mkdir(parents=True)
    pack_file(tmp_path / "reports" / "signoff", "NO_GO")
    monkeypatch.chdir(tmp_path)
    assert main(["gate"]) == 1
    assert capsys.readouterr().out.startswith("greenflag gate: NO-GO: ")


@pytest.mark.parametrize(
    ("content", "complaint"),
    [(None, "No such file"), ("{not json", "Expecting property name"),
     ('{"reason": "x"}', "no verdict"), ('["GO"]', "no verdict"),
     ('{"verdict": "MAYBE"}', "unknown verdict 'MAYBE'")],
)
def test_an_unreadable_pack_exits_2_with_a_clear_message(tmp_path, capsys, content, complaint):
    path = tmp_path / "signoff.json"
    if content is not None:
        path.write_text(content)
    assert main(["gate", str(path)]) == 2
    err = capsys.readouterr().err
    assert complaint in err and str(path) in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
