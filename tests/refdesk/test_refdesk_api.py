"""The JSON API through the real app: auth, users, incidents, validation, test controls."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace

from fastapi.testclient import TestClient

from refdesk.settings import DEFAULT_CONFIG, Settings

Headers = dict[str, str]
OpenDesk = Callable[[Settings], TestClient]


def test_healthz_identifies_the_desk(client: TestClient) -> None:
    body = client.get("/healthz").json()
    fingerprint = hashlib.sha256(DEFAULT_CONFIG.read_bytes()).hexdigest()
    assert body == {
        "status": "ok",
        "name": "refdesk",
        "version": "0.1.0",
        "config_fingerprint": fingerprint,
        "test_mode": True,
    }


def test_admin_creates_users_without_exposing_the_password(
    client: TestClient, admin: Headers
) -> None:
    body = {"username": "carol", "password": "carol-pass", "full_name": "Carol Caller",
            "email": "carol@example.com", "role": "caller", "department": "Finance"}
    response = client.post("/api/users", json=body, headers=admin)
    assert response.status_code == 201
    assert response.json() == {"username": "carol", "full_name": "Carol Caller",
                               "email": "carol@example.com", "role": "caller",
                               "department": "Finance", "location": None,
                               "skills": [], "groups": [], "available": True}
    assert client.post("/api/users", json=body, headers=admin).status_code == 409


def test_usernames_may_hold_apostrophes_and_at_signs(client: TestClient, admin: Headers) -> None:
    for username in ("sean.o'brien", "kim@example.com"):
        body = {"username": username, "password": "long-enough", "full_name": "Someone",
                "email": "someone@example.com", "role": "caller"}
        assert client.post("/api/users", json=body, headers=admin).status_code == 201


def test_only_admins_create_users(client: TestClient, add_user: Callable[..., Headers]) -> None:
    for role in ("caller", "agent"):
        headers = add_user(f"{role}1", role)
        body = {"username": "x1", "password": "long-enough", "full_name": "X",
                "email": "x@example.com", "role": "admin"}
        assert client.post("/api/users", json=body, headers=headers).status_code == 403


def test_caller_reports_an_incident(
    client: TestClient, add_user: Callable[..., Headers], report: dict
) -> None:
    carol = add_user("carol")
    client.post("/_test/clock", json={"now": "2025-03-14T16:00:00+00:00"})
    response = client.post("/api/incidents", json=report, headers=carol)
    assert response.status_code == 201
    assert response.headers["location"] == "/api/incidents/INC0001000"
    assert response.json() == {
        "number": "INC0001000", "summary": "Outlook keeps crashing",
        "description": "Since this morning.", "caller": "carol", "category": "Software",
        "subcategory": "Email", "assignment_group": "Messaging Support", "impact": 2,
        "urgency": 1, "priority": "P2", "priority_label": "High", "state": "New",
        "opened_at": "2025-03-14T16:00:00+00:00",
        "assignee": None, "hold_reason": None, "resolution_code": None,
        "resolution_notes": None, "kb_article": None, "major_incident": None, "parent": None,
        "custom": {}, "resolved_at": None, "closed_at": None, "survey": None,
    }


def test_numbers_increase_by_one(
    client: TestClient, add_user: Callable[..., Headers], report: dict
) -> None:
    carol = add_user("carol")
    numbers = [client.post("/api/incidents", json=report, headers=carol).json()["number"]
               for _ in range(3)]
    assert numbers == ["INC0001000", "INC0001001", "INC0001002"]


def test_callers_read_only_their_own_incidents(
    client: TestClient, add_user: Callable[..., Headers], report: dict
) -> None:
    carol, dave, agent = add_user("carol"), add_user("dave"), add_user("andy", "agent")
    number = client.post("/api/incidents", json=report, headers=carol).json()["number"]
    client.post("/api/incidents", json=report, headers=dave)
    assert client.get(f"/api/incidents/{number}", headers=carol).status_code == 200
    assert client.get(f"/api/incidents/{number}", headers=dave).status_code == 403
    assert client.get(f"/api/incidents/{number}", headers=agent).json()["caller"] == "carol"
    assert [i["caller"] for i in client.get("/api/incidents", headers=carol).json()] == ["carol"]
    assert len(client.get("/api/incidents", headers=agent).json()) == 2


def test_test_clock_holds_the_desk_time(client: TestClient) -> None:
    held = client.post("/_test/clock", json={"now": "2025-03-14T17:00:00+01:00"})
    assert held.json() == {"now": "2025-03-14T16:00:00+00:00", "fixed": True}
    assert client.get("/_test/clock").json()["now"] == "2025-03-14T16:00:00+00:00"
    assert client.post("/_test/clock", json={"now": "2025-03-14T16:00:00"}).status_code == 422
    assert client.post("/_test/clock", json={"now": None}).json()["fixed"] is False


def test_reset_empties_the_desk_and_restores_the_admin(
    client: TestClient, settings: Settings, add_user: Callable[..., Headers], report: dict
) -> None:
    carol = add_user("carol")
    client.post("/api/incidents", json=report, headers=carol)
    assert client.post("/_test/reset").status_code == 204
    assert client.get("/api/incidents", headers=carol).status_code == 401
    admin = {"username": "admin", "password": settings.admin_password}
    token = client.post("/api/auth/token", json=admin).json()["token"]
    first = client.post("/api/incidents", json=report, headers={"Authorization": f"Bearer {token}"})
    assert first.json()["number"] == "INC0001000"


def test_test_routes_absent_without_test_mode(settings: Settings, open_desk: OpenDesk) -> None:
    with open_desk(replace(settings, test_mode=False)) as client:
        assert client.post("/_test/reset").status_code == 404
        assert client.post("/_test/clock", json={"now": "2025-03-14T16:00:00Z"}).status_code == 404
        assert client.get("/healthz").json()["test_mode"] is False


def test_no_admin_without_the_bootstrap_password(settings: Settings, open_desk: OpenDesk) -> None:
    with open_desk(replace(settings, admin_password=None)) as client:
        body = {"username": "admin", "password": settings.admin_password}
        assert client.post("/api/auth/token", json=body).status_code == 401


def test_data_survives_a_restart_on_the_same_database(
    settings: Settings, open_desk: OpenDesk, report: dict
) -> None:
    admin = {"username": "admin", "password": settings.admin_password}
    with open_desk(settings) as first:
        token = first.post("/api/auth/token", json=admin).json()["token"]
        headers = {"Authorization": f"Bearer {token}"}
        number = first.post("/api/incidents", json=report, headers=headers).json()["number"]
    with open_desk(settings) as second:
        assert second.get(f"/api/incidents/{number}", headers=headers).json()["number"] == number
        assert second.post("/api/incidents", json=report, headers=headers).json()["number"] == (
            "INC0001001"
        )
