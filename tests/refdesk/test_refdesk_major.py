"""Major incidents, knowledge base, reports and inbound e-mail, through the API."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

Headers = dict[str, str]
START = "2025-03-17T10:00:00+00:00"


@pytest.fixture
def team(client: TestClient, add_user: Callable[..., Headers]) -> dict[str, Headers]:
    """A caller, an agent, a team lead and a major incident manager."""
    people = {"carol": add_user("carol"), "alice": add_user("alice", "agent"),
              "lena": add_user("lena", "team_lead"),
              "mim": add_user("mim", "major_incident_manager")}
    client.post("/_test/clock", json={"now": START})
    return people


def _incident(client: TestClient, who: Headers, summary: str) -> str:
    body = {"summary": summary, "impact": 1, "urgency": 1}
    return client.post("/api/incidents", json=body, headers=who).json()["number"]


def test_major_incident_procedure(
    client: TestClient, team: dict[str, Headers], chat: list[dict], mailbox: object
) -> None:
    main = _incident(client, team["carol"], "Outlook down for everyone")
    child = _incident(client, team["carol"], "VPN drops")
    body = {"incident": main, "title": "E-mail outage"}
    assert client.post("/api/major-incidents", json=body,
                       headers=team["alice"]).status_code == 403
    created = client.post("/api/major-incidents", json=body, headers=team["mim"])
    assert created.status_code == 201
    mi = created.json()
    assert (mi["id"], mi["state"], mi["next_update_due"]) == (
        "MI0001", "Open", "2025-03-17T10:30:00+00:00")
    base = "/api/major-incidents/MI0001"
    client.post(f"{base}/children", json={"incident": child}, headers=team["mim"])
    client.post("/_test/clock", json={"now": "2025-03-17T11:10:00+00:00"})
    reminders = [p for p in chat if p["event"] == "major_incident_update_reminder"]
    assert len(reminders) == 2
    client.post(f"{base}/updates", json={"text": "Fix in progress"}, headers=team["mim"])
    assert chat[-1]["text"] == "Fix in progress"
    assert "[MI0001] Update: E-mail outage" in [m["Subject"] for m in mailbox.messages]
    done = client.post(f"{base}/resolve", json={"notes": "Mail store restarted"},
                       headers=team["mim"]).json()
    assert (done["state"], done["children"], done["groups"]) == (
        "Resolved", [child], ["Messaging Support", "Network Operations"])
    for number in (main, child):
        got = client.get(f"/api/incidents/{number}", headers=team["alice"]).json()
        assert got["state"] == "Resolved"
    reviewed = client.post(f"{base}/review", json={"summary": "Disk full", "actions": ["Alert"]},
                           headers=team["mim"]).json()
    assert reviewed["review"]["actions"] == ["Alert"]
    assert [e["action"] for e in reviewed["timeline"]] == [
        "declare", "link", "reminder", "reminder", "update", "resolve", "review"]


def test_knowledge_base_search_and_write(client: TestClient, team: dict[str, Headers]) -> None:
    found = client.get("/api/kb", params={"q": "outlook crashes"}, headers=team["carol"]).json()
    assert found[0]["id"] == "KB0001"
    body = {"title": "Printer jams", "keywords": ["printer"], "body": "Open tray 2."}
    assert client.post("/api/kb", json=body, headers=team["carol"]).status_code == 403
    assert client.post("/api/kb", json=body, headers=team["alice"]).json()["id"] == "KB0004"


def test_reports(client: TestClient, team: dict[str, Headers]) -> None:
    _incident(client, team["carol"], "Outlook crashed")
    assert client.get("/api/reports/sla", headers=team["alice"]).status_code == 403
    sla = client.get("/api/reports/sla", headers=team["lena"]).json()
    assert sla["by_priority"] == [{"key": "P1", "met": 1, "breached": 0, "total": 1,
                                   "compliance": 100.0}]
    volumes = client.get("/api/reports/volumes", headers=team["lena"]).json()
    assert volumes["by_category"] == {"Software": 1}
    assert client.get("/api/reports/satisfaction", headers=team["lena"]).json() == {
        "average": None, "count": 0}
    assert client.get("/api/reports/mttr", headers=team["lena"]).json()["count"] == 0


def test_inbound_email_raises_an_incident(client: TestClient, team: dict[str, Headers]) -> None:
    raw = (b"From: Carol <carol@example.com>\r\nTo: desk@refdesk.example\r\n"
           b"Subject: My VPN keeps dropping\r\n\r\nSince the update.\r\n")
    headers = {**team["alice"], "content-type": "message/rfc822"}
    made = client.post("/api/inbound-email", content=raw, headers=headers)
    assert made.status_code == 201
    assert (made.json()["caller"], made.json()["category"]) == ("carol", "Network")
    stranger = raw.replace(b"carol@example.com", b"who@nowhere.example")
    assert client.post("/api/inbound-email", content=stranger, headers=headers).status_code == 422


def test_inbound_smtp_listener(settings: object, unused_port: int, smtp_sink: object) -> None:
    import smtplib
    from dataclasses import replace

    from refdesk.app import create_app

    app = create_app(replace(settings, inbound_smtp_port=unused_port))
    desk = app.state.runtime
    with TestClient(app) as client:
        admin = client.post("/api/auth/token", json={"username": "admin",
                                                     "password": "admin-pass-123"}).json()
        with smtplib.SMTP("127.0.0.1", unused_port) as smtp:
            smtp.sendmail("admin@refdesk.invalid", ["desk@refdesk.example"],
                          b"From: admin@refdesk.invalid\r\nSubject: VPN is down\r\n\r\nHelp\r\n")
        found = client.get("/api/incidents", headers={
            "Authorization": f"Bearer {admin['token']}"}).json()
    app.state.inbound.stop()
    desk.db.dispose()
    assert [i["summary"] for i in found] == ["VPN is down"]
