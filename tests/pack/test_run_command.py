"""`greenflag run` end to end: a wrong desk configuration turns the pack NO-GO."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "src" / "refdesk" / "default.yaml"


def greenflag(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "greenflag.cli", *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.fixture
def swapped_matrix(tmp_path: Path) -> Path:
    """The shipped desk configuration with the P1 and P3 cells of the matrix swapped."""
    config = yaml.safe_load(SHIPPED.read_text())
    top = config["priority"]["matrix"][0]
    top[0], top[2] = top[2], top[0]
    path = tmp_path / "swapped.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


def test_a_swapped_priority_matrix_is_no_go_in_both_channels(tmp_path, swapped_matrix):
    out = tmp_path / "signoff"
    done = greenflag("run", "--desk-config", str(swapped_matrix), "--results",
                     str(tmp_path / "results"), "--out", str(out))
    assert done.returncode == 1, done.stdout + done.stderr
    pack = json.loads((out / "signoff.json").read_text())
    assert pack["verdict"] == "NO_GO"
    failed = {(s["name"], s["channel"]) for s in pack["scenarios"] if s["status"] == "failed"}
    for channel in ("api", "ui"):
        assert ("The priority follows the impact and urgency matrix", channel) in {
            (name.split(" [")[0], ch) for name, ch in failed
        }
    html = (out / "signoff.html").read_text()
    assert "NO-GO" in html or "NO_GO" in html
    assert "P1 - Critical" in html


def test_a_missing_desk_config_is_a_usage_error(tmp_path):
    done = greenflag("run", "--desk-config", str(tmp_path / "absent.yaml"))
    assert done.returncode == 2
    assert "absent.yaml: no such file" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_broken_desk_config_is_named_before_anything_runs(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("priority:\n  matrix: [[P1]]\n")
    done = greenflag("run", "--desk-config", str(bad), "--results", str(tmp_path / "results"))
    assert done.returncode == 2
    assert "bad.yaml" in done.stderr and "desk" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "results").exists()
