"""Fixtures for refdesk's own tests: apps on temp SQLite files, and an SMTP sink."""

from __future__ import annotations

import json
import socket
import threading
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from aiosmtpd.controller import Controller

from refdesk import auth
from refdesk.app import create_app
from refdesk.config import DeskConfig, load_config
from refdesk.settings import DEFAULT_CONFIG, Settings

with warnings.catch_warnings():
    # Starlette nudges towards httpx2; the httpx-based TestClient still works as documented.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

ADMIN_PASSWORD = "admin-pass-123"


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Sink:
    """Collects every message an SMTP client delivers."""

    port: int = 0
    messages: list[Message] = field(default_factory=list)

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        """Keep the delivered message."""
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


@pytest.fixture(scope="session", autouse=True)
def _cheap_password_hashing() -> Iterator[None]:
    """Hash with a small scrypt cost in-process; the stored format and code path are the same."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(auth, "_SCRYPT", {"n": 2**8, "r": 8, "p": 1})
        yield


@pytest.fixture(scope="session")
def smtp_sink() -> Iterator[Sink]:
    """An SMTP server on loopback that keeps what it receives."""
    sink = Sink(port=free_port())
    controller = Controller(sink, hostname="127.0.0.1", port=sink.port)
    controller.start()
    yield sink
    controller.stop()


@pytest.fixture
def mailbox(smtp_sink: Sink) -> Sink:
    """The SMTP sink, emptied for this test."""
    smtp_sink.messages.clear()
    return smtp_sink


@pytest.fixture
def unused_port() -> int:
    """A loopback TCP port that is free right now."""
    return free_port()


@pytest.fixture(scope="session")
def default_config() -> DeskConfig:
    """The shipped desk configuration."""
    return load_config(DEFAULT_CONFIG)


class Hook(BaseHTTPRequestHandler):
    """Keeps every JSON body POSTed to it, like a chat webhook."""

    received: ClassVar[list[dict]] = []

    def do_POST(self) -> None:
        """Store the JSON body and answer 204."""
        length = int(self.headers.get("content-length", 0))
        Hook.received.append(json.loads(self.rfile.read(length)))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        """Stay quiet."""


@pytest.fixture(scope="session")
def webhook_url() -> Iterator[str]:
    """A chat webhook sink on loopback."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    server.shutdown()


@pytest.fixture
def chat(webhook_url: str) -> list[dict]:
    """The JSON posts the chat webhook received during this test."""
    Hook.received.clear()
    return Hook.received


def _settings(folder: Path, sink: Sink, webhook: str | None = None) -> Settings:
    return Settings(
        db_url=f"sqlite:///{folder / 'desk.db'}",
        test_mode=True,
        smtp_port=sink.port,
        admin_password=ADMIN_PASSWORD,
        chat_webhook=webhook,
    )


@pytest.fixture
def settings(tmp_path: Path, smtp_sink: Sink) -> Settings:
    """Test-mode settings on a fresh SQLite file, mailing the sink."""
    return _settings(tmp_path, smtp_sink)


@pytest.fixture
def open_desk() -> Callable[[Settings], TestClient]:
    """Build a desk from settings and return a client for it (use it as a context manager)."""
    return lambda settings: TestClient(create_app(settings))


@pytest.fixture(scope="session")
def session_desk(
    tmp_path_factory: pytest.TempPathFactory, smtp_sink: Sink, webhook_url: str
) -> Iterator[TestClient]:
    """One test-mode desk for the session; building an app per test costs more than a reset."""
    settings = _settings(tmp_path_factory.mktemp("desk"), smtp_sink, webhook_url)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture
def client(session_desk: TestClient) -> TestClient:
    """A client of an empty desk on real time, with no browser session."""
    session_desk.post("/_test/reset").raise_for_status()
    session_desk.post("/_test/clock", json={"now": None}).raise_for_status()
    session_desk.cookies.clear()
    return session_desk


def _sign_in(client: TestClient, username: str, password: str) -> dict[str, str]:
    response = client.post("/api/auth/token", json={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


@pytest.fixture
def sign_in(client: TestClient) -> Callable[[str, str], dict[str, str]]:
    """Get a token over the API and return its Authorization header."""
    return lambda username, password: _sign_in(client, username, password)


@pytest.fixture
def admin(client: TestClient) -> dict[str, str]:
    """Authorization header of the bootstrap admin."""
    return _sign_in(client, "admin", ADMIN_PASSWORD)


@pytest.fixture
def add_user(client: TestClient, admin: dict[str, str]) -> Callable[..., dict[str, str]]:
    """Create a user through the API and return their Authorization header."""

    def add(username: str, role: str = "caller", **extra: object) -> dict[str, str]:
        body = {
            "username": username,
            "password": f"{username}-pass",
            "full_name": username.title(),
            "email": f"{username}@example.com",
            "role": role,
            **extra,
        }
        response = client.post("/api/users", json=body, headers=admin)
        assert response.status_code == 201, response.text
        return _sign_in(client, username, f"{username}-pass")

    return add


@pytest.fixture
def report() -> dict[str, object]:
    """A valid incident report body (a fresh dict for each test)."""
    return {
        "summary": "Outlook keeps crashing",
        "description": "Since this morning.",
        "impact": 2,
        "urgency": 1,
    }
