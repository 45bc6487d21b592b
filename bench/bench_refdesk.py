"""Benchmark refdesk: start to ready, API create+read latency, RSS, clock advance over 1,000."""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import httpx
from aiosmtpd.controller import Controller

ADMIN_PASSWORD = "bench-admin-pass"
START = datetime.fromisoformat("2025-03-03T09:00:00+00:00")


class _Discard:
    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        return "250 OK"


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _refdesk() -> list[str]:
    beside = Path(sys.executable).with_name("refdesk")
    return [str(beside)] if beside.exists() else [sys.executable, "-m", "refdesk"]


def start(folder: Path, smtp_port: int) -> tuple[subprocess.Popen[bytes], str, float]:
    """Start a test-mode desk; return the process, its URL and seconds to ready."""
    port = _port()
    args = [*_refdesk(), "serve", "--db", f"sqlite:///{folder / 'bench.db'}", "--port", str(port),
            "--test-mode", "--smtp-port", str(smtp_port)]
    began = time.perf_counter()
    process = subprocess.Popen(args, env={**os.environ, "REFDESK_ADMIN_PASSWORD": ADMIN_PASSWORD},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    while True:
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return process, url, time.perf_counter() - began
        except httpx.HTTPError:
            time.sleep(0.02)


def _token(client: httpx.Client, username: str, password: str) -> dict[str, str]:
    token = client.post("/api/auth/token", json={"username": username, "password": password})
    return {"Authorization": f"Bearer {token.json()['token']}"}


def _people(client: httpx.Client) -> dict[str, str]:
    admin = _token(client, "admin", ADMIN_PASSWORD)
    body = {"username": "carol", "password": "carol-pass", "full_name": "Carol",
            "email": "carol@example.com", "role": "caller"}
    client.post("/api/users", json=body, headers=admin).raise_for_status()
    return _token(client, "carol", "carol-pass")


def create_and_read(client: httpx.Client, carol: dict[str, str], count: int) -> list[float]:
    """Milliseconds of each create + read pair."""
    spans = []
    body = {"summary": "Outlook keeps crashing", "impact": 2, "urgency": 2}
    for _ in range(count):
        began = time.perf_counter()
        made = client.post("/api/incidents", json=body, headers=carol)
        client.get(f"/api/incidents/{made.json()['number']}", headers=carol).raise_for_status()
        spans.append((time.perf_counter() - began) * 1000)
    return spans


def rss_mb(pid: int) -> float:
    """Resident memory of a process in MB (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def fuzz(url: str, admin: dict[str, str], examples: int) -> int:
    """Run schemathesis (server errors only) against the desk's own OpenAPI; its exit code."""
    tool = Path(sys.executable).with_name("schemathesis")
    args = [str(tool), "run", f"{url}/api/openapi.json", "--url", url,
            "-H", f"Authorization:{admin['Authorization']}", "--checks", "not_a_server_error",
            "-n", str(examples), "--generation-deterministic"]
    return subprocess.run(args, check=False).returncode


def main() -> int:
    """Run every measurement and print one line each (or only the schemathesis run)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--incidents", type=int, default=1000)
    parser.add_argument("--fuzz", type=int, metavar="EXAMPLES", default=0,
                        help="only run schemathesis with this many examples per operation")
    options = parser.parse_args()
    if options.fuzz:
        return _fuzz_only(options.fuzz)
    count = options.incidents
    sink = Controller(_Discard(), hostname="127.0.0.1", port=_port())
    sink.start()
    with tempfile.TemporaryDirectory() as folder:
        process, url, ready = start(Path(folder), sink.port)
        try:
            with httpx.Client(base_url=url, timeout=600) as client:
                client.post("/_test/clock", json={"now": START.isoformat()})
                spans = create_and_read(client, _people(client), count)
                memory = rss_mb(process.pid)
                later = (START + timedelta(days=30)).isoformat()
                began = time.perf_counter()
                client.post("/_test/clock", json={"now": later}).raise_for_status()
                advance = time.perf_counter() - began
        finally:
            process.terminate()
            process.wait()
    sink.stop()
    cuts = statistics.quantiles(spans, n=20)
    print(f"start to ready:            {ready:.2f} s (goal <= 1.5 s)")
    print(f"API create+read p50 / p95: {statistics.median(spans):.1f} / {cuts[18]:.1f} ms "
          f"(goal p50 <= 20 ms, n={len(spans)})")
    print(f"RSS after {count} incidents: {memory:.0f} MB (goal <= 150 MB)")
    print(f"advance clock 30 days over {count} open incidents: {advance:.2f} s")
    print(f"machine: {_machine()}")
    return 0


def _machine() -> str:
    """CPU count and load, and whether each start must compile the sources (no .pyc cache)."""
    one, five, _ = os.getloadavg()
    cached = "off (PYTHONDONTWRITEBYTECODE)" if os.environ.get("PYTHONDONTWRITEBYTECODE") \
        else "on"
    return f"{os.cpu_count()} CPUs, load {one:.2f} / {five:.2f}, bytecode cache {cached}"


def _fuzz_only(examples: int) -> int:
    sink = Controller(_Discard(), hostname="127.0.0.1", port=_port())
    sink.start()
    with tempfile.TemporaryDirectory() as folder:
        process, url, _ = start(Path(folder), sink.port)
        try:
            with httpx.Client(base_url=url) as client:
                code = fuzz(url, _token(client, "admin", ADMIN_PASSWORD), examples)
        finally:
            process.terminate()
            process.wait()
    sink.stop()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
