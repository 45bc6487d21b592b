"""The refdesk command: a real server process, and config errors as one line with exit 2."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from refdesk.settings import DEFAULT_CONFIG

REFDESK = [sys.executable, "-m", "refdesk"]
ADMIN = {"username": "admin", "password": "served-admin-pass"}


def _wait_ready(base: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"refdesk exited early: {process.stderr.read()}")
        try:
            httpx.get(f"{base}/healthz", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    pytest.fail("refdesk did not answer /healthz within 20 s")


@pytest.fixture
def served(tmp_path: Path, smtp_sink: object, unused_port: int) -> Iterator[str]:
    """A `refdesk serve --test-mode` process on a free port; yields its base URL."""
    command = [*REFDESK, "serve", "--db", f"sqlite:///{tmp_path / 'desk.db'}",
               "--port", str(unused_port), "--test-mode", "--smtp-port", str(smtp_sink.port)]
    env = {**os.environ, "REFDESK_ADMIN_PASSWORD": ADMIN["password"]}
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{unused_port}"
    try:
        _wait_ready(base, process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_served_desk_answers_and_mails_over_real_smtp(served: str, mailbox: object) -> None:
    health = httpx.get(f"{served}/healthz").json()
    assert health["config_fingerprint"] == hashlib.sha256(DEFAULT_CONFIG.read_bytes()).hexdigest()
    assert health["test_mode"] is True
    token = httpx.post(f"{served}/api/auth/token", json=ADMIN).json()["token"]
    report = {"summary": "VPN drops every hour", "description": "", "impact": 1, "urgency": 1}
    headers = {"Authorization": f"Bearer {token}"}
    created = httpx.post(f"{served}/api/incidents", json=report, headers=headers).json()
    assert (created["number"], created["priority"], created["category"]) == (
        "INC0001000", "P1", "Network"
    )
    [message] = mailbox.messages
    assert message["Subject"].startswith("[INC0001000] We have received your incident")


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*REFDESK, *args], capture_output=True, text=True, cwd=cwd, timeout=30)


@pytest.fixture
def bad_config(tmp_path: Path) -> Path:
    """A desk.yaml whose matrix names an unknown priority."""
    path = tmp_path / "desk.yaml"
    path.write_text(DEFAULT_CONFIG.read_text().replace("[P2, P3, P4]", "[P2, P3, P9]"))
    return path


@pytest.mark.parametrize(
    "command", [["check-config", "desk.yaml"], ["serve", "--config", "desk.yaml"]]
)
def test_config_error_is_one_line_and_exit_2(bad_config: Path, command: list[str]) -> None:
    result = _run(*command, cwd=bad_config.parent)
    assert result.returncode == 2
    assert result.stderr == (
        "refdesk: config error in desk.yaml at priority.matrix[1][2]: "
        "'P9' is not one of P1..P5\n"
    )


def test_check_config_accepts_the_shipped_config(tmp_path: Path) -> None:
    result = _run("check-config", str(DEFAULT_CONFIG), cwd=tmp_path)
    assert result.returncode == 0
    assert "is valid" in result.stdout


_CALLER = ["incident.create", "incident.read_al"]
_MOVE = [{"from": "Nwe", "to": "Assigned", "roles": ["agent"]}]


@pytest.mark.parametrize(
    ("section", "value", "expected"),
    [
        ("permissions", {"caller": _CALLER},
         "at permissions.caller[1]: 'incident.read_al' is not a permission; known: "
         "incident.create, incident.read_own, incident.read_all, "),
        ("workflow", {"transitions": _MOVE},
         "at workflow.transitions[0].from: 'Nwe' is not a state; known: New, Assigned, "
         "In Progress, On Hold, Resolved, Closed, Cancelled\n"),
    ],
)
def test_check_config_refuses_unknown_names(
    tmp_path: Path, section: str, value: object, expected: str
) -> None:
    data = {**yaml.safe_load(DEFAULT_CONFIG.read_text()), section: value}
    (tmp_path / "desk.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    result = _run("check-config", "desk.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("refdesk: config error in desk.yaml ")
    assert expected in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
