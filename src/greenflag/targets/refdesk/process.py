"""Start and stop a refdesk server of one's own, in test mode, on a free loopback port."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from greenflag.desk import TargetUnavailable
from greenflag.net import HOST, free_port

__all__ = ["RefdeskProcess", "check_config", "start_refdesk"]


@dataclass
class RefdeskProcess:
    """A running refdesk and what the harness needs to reach it."""

    url: str
    admin_password: str = field(repr=False)
    info: dict[str, str]
    process: subprocess.Popen[bytes] = field(repr=False)
    log_path: Path

    def stop(self) -> None:
        """Stop the server and wait for it to exit."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def refdesk_command() -> list[str]:
    """The command that runs refdesk: its script beside this Python, else on PATH."""
    beside = Path(sys.executable).with_name("refdesk")
    found = str(beside) if beside.exists() else shutil.which("refdesk")
    if not found:
        raise TargetUnavailable("the 'refdesk' command is not installed: run 'make setup'")
    return [found]


def check_config(config: Path) -> str | None:
    """Ask refdesk to validate a desk configuration; its one-line complaint, or None."""
    done = subprocess.run([*refdesk_command(), "check-config", str(config)],
                          capture_output=True, text=True, timeout=60)
    return None if done.returncode == 0 else (done.stderr.strip() or done.stdout.strip())


def start_refdesk(config: Path | None, workdir: Path, smtp_port: int, chat_url: str = "",
                  timeout: float = 30.0) -> RefdeskProcess:
    """Start refdesk with its own SQLite file under `workdir` and wait until it answers."""
    workdir.mkdir(parents=True, exist_ok=True)
    # A password the run was given wins; otherwise each run makes its own.
    port = free_port()
    password = os.environ.get("REFDESK_ADMIN_PASSWORD") or secrets.token_urlsafe(18)
    args = ["serve", "--db", f"sqlite:///{workdir / 'refdesk.db'}",
            "--host", HOST, "--port", str(port), "--test-mode",
            "--smtp-host", HOST, "--smtp-port", str(smtp_port)]
    if config is not None:
        args += ["--config", str(config)]
    if chat_url:
        args += ["--chat-webhook", chat_url]
    env = {**os.environ, "REFDESK_ADMIN_PASSWORD": password}
    log_path = workdir / "refdesk.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(refdesk_command() + args, env=env, stdout=log, stderr=log)
    url = f"http://{HOST}:{port}"
    info = _wait_ready(url, process, log_path, timeout)
    return RefdeskProcess(url, password, info, process, log_path)


def _wait_ready(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float) -> dict:
    deadline = time.monotonic() + timeout
    with httpx.Client(timeout=1.0) as client:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                reason = log.read_text(errors="replace").strip().splitlines()[-1:] or ["no output"]
                raise TargetUnavailable(f"refdesk exited at start-up: {reason[0]}")
            try:
                return client.get(f"{url}/healthz").raise_for_status().json()
            except httpx.HTTPError:
                time.sleep(0.02)
    process.kill()
    raise TargetUnavailable(f"refdesk did not answer {url}/healthz within {timeout:.0f} s")
