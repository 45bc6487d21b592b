"""Requests the API must refuse: bad credentials, bad tokens, invalid or malformed bodies."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

Headers = dict[str, str]


@pytest.mark.parametrize("password", ["wrong", ""])
def test_bad_credentials_get_401(client: TestClient, password: str) -> None:
    response = client.post("/api/auth/token", json={"username": "admin", "password": password})
    assert response.status_code == 401
    ghost = {"username": "ghost", "password": "x"}
    assert client.post("/api/auth/token", json=ghost).status_code == 401


@pytest.mark.parametrize(
    "headers", [{}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic YTpi"}]
)
def test_api_needs_a_valid_bearer_token(client: TestClient, headers: Headers) -> None:
    response = client.get("/api/incidents", headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_invalid_user_gets_422_with_field_messages(client: TestClient, admin: Headers) -> None:
    body = {"username": "a b", "password": "short", "full_name": "", "email": "nope",
            "role": "boss"}
    response = client.post("/api/users", json=body, headers=admin)
    assert response.status_code == 422
    assert set(response.json()["errors"]) == {"username", "password", "full_name", "email", "role"}


@pytest.mark.parametrize("number", ["INC0009999", "nonsense", "inc0001000"])
def test_unknown_incident_is_404(client: TestClient, admin: Headers, number: str) -> None:
    assert client.get(f"/api/incidents/{number}", headers=admin).status_code == 404


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"summary": "   "}, "summary"),
        ({"summary": "two\nlines"}, "summary"),
        ({"summary": "x" * 161}, "summary"),
        ({"impact": 4}, "impact"),
        ({"urgency": "1"}, "urgency"),
        ({"impact": None}, "impact"),
        ({"description": 5}, "description"),
    ],
)
def test_bad_incident_gets_422_naming_the_field(
    client: TestClient, admin: Headers, report: dict, changes: dict, field: str
) -> None:
    response = client.post("/api/incidents", json={**report, **changes}, headers=admin)
    assert response.status_code == 422
    assert field in response.json()["errors"]


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b"null", b"\xff\xfe", b""])
def test_malformed_bodies_never_500(client: TestClient, admin: Headers, content: bytes) -> None:
    headers = {**admin, "Content-Type": "application/json"}
    for path in ("/api/incidents", "/api/users", "/api/auth/token", "/_test/clock"):
        response = client.post(path, content=content, headers=headers)
        assert response.status_code == 422, (path, content, response.text)
