"""The acknowledgement e-mail, delivered over real SMTP to a loopback sink."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from fastapi.testclient import TestClient

from refdesk.settings import Settings

Headers = dict[str, str]


def test_new_incident_is_acknowledged_by_email(
    client: TestClient, add_user: Callable[..., Headers], mailbox: object, report: dict
) -> None:
    carol = add_user("carol")
    client.post("/_test/clock", json={"now": "2025-03-14T16:00:00+00:00"})
    client.post("/api/incidents", json=report, headers=carol)
    [message] = mailbox.messages
    assert message["From"] == "servicedesk@refdesk.example"
    assert message["To"] == "carol@example.com"
    assert message["Subject"] == (
        "[INC0001000] We have received your incident: Outlook keeps crashing"
    )
    assert message["Date"] == "Fri, 14 Mar 2025 16:00:00 +0000"
    body = message.get_payload(decode=True).decode()
    for text in ("INC0001000", "P2 - High", "Software / Email", "Messaging Support"):
        assert text in body


def test_unreachable_smtp_keeps_the_incident(
    settings: Settings,
    open_desk: Callable[[Settings], TestClient],
    report: dict,
    caplog: object,
) -> None:
    offline = replace(settings, smtp_port=1)
    with open_desk(offline) as client:
        admin = {"username": "admin", "password": settings.admin_password}
        token = client.post("/api/auth/token", json=admin).json()["token"]
        headers = {"Authorization": f"Bearer {token}"}
        response = client.post("/api/incidents", json=report, headers=headers)
        assert response.status_code == 201
        assert client.get("/api/incidents/INC0001000", headers=headers).status_code == 200
    assert "could not send '[INC0001000]" in caplog.text
