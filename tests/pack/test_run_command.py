"""`greenflag run` end to end: a wrong desk configuration turns the pack NO-GO."""

from __future__ import annotations

import json

from tests.pack.running import greenflag


def test_a_swapped_priority_matrix_is_no_go_in_both_channels(tmp_path, swapped_matrix):
    out = tmp_path / "signoff"
    done = greenflag(
        "run",
        "--no-history",
        "--desk-config",
        str(swapped_matrix),
        "--results",
        str(tmp_path / "results"),
        "--out",
        str(out),
        "--tags",
        "REQ-INC-003",
    )
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
    done = greenflag("run", "--no-history", "--desk-config", str(tmp_path / "absent.yaml"))
    assert done.returncode == 2
    assert "absent.yaml: no such file" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_broken_desk_config_is_named_before_anything_runs(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("priority:\n  matrix: [[P1]]\n")
    done = greenflag(
        "run", "--no-history", "--desk-config", str(bad), "--results", str(tmp_path / "results")
    )
    assert done.returncode == 2
    assert "bad.yaml" in done.stderr and "desk" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "results").exists()
