"""Moving the test clock runs what came due: SLA warnings, breaches, escalations, auto-close."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

Headers = dict[str, str]
FRIDAY_1600 = "2025-03-14T16:00:00+00:00"


@pytest.fixture
def team(client: TestClient, add_user: Callable[..., Headers],
         admin: Headers) -> dict[str, Headers]:
    """A caller, an agent, a team lead and a second-line agent."""
    people = {
        "carol": add_user("carol"),
        "alice": add_user("alice", "agent", groups=["Messaging Support"]),
        "lena": add_user("lena", "team_lead"),
        "sam": add_user("sam", "agent", groups=["Second Line"]),
    }
    client.post("/api/groups", json={"name": "Messaging Support", "team_lead": "lena"},
                headers=admin).raise_for_status()
    client.post("/_test/clock", json={"now": FRIDAY_1600})
    return people


def _p2(client: TestClient, team: dict[str, Headers]) -> str:
    body = {"summary": "Outlook keeps crashing", "impact": 2, "urgency": 1}
    number = client.post("/api/incidents", json=body, headers=team["carol"]).json()["number"]
    client.post(f"/api/incidents/{number}/assign", json={"assignee": "alice"},
                headers=team["alice"]).raise_for_status()
    return number


def _to(client: TestClient, instant: str) -> None:
    client.post("/_test/clock", json={"now": instant}).raise_for_status()


def test_p2_due_after_eight_business_hours_over_the_weekend(
    client: TestClient, team: dict[str, Headers]
) -> None:
    number = _p2(client, team)
    sla = client.get(f"/api/incidents/{number}/sla", headers=team["alice"]).json()
    resolution = next(s for s in sla if s["kind"] == "resolution")
    assert resolution["due_at"] == "2025-03-17T16:00:00+00:00"
    assert resolution["state"] == "running"


def test_warning_then_breach_escalate_once_each(
    client: TestClient, team: dict[str, Headers], mailbox: object
) -> None:
    number = _p2(client, team)
    _to(client, "2025-03-17T15:30:00+00:00")
    events = lambda: [(n["event"], n["to"]) for n in client.get(  # noqa: E731
        f"/api/notifications?incident={number}", headers=team["alice"]).json()]
    assert ("sla_warning", ["alice@example.com"]) in events()
    _to(client, "2025-03-17T16:30:00+00:00")
    _to(client, "2025-03-18T16:30:00+00:00")
    sent = events()
    assert sent.count(("sla_breach", ["lena@example.com", "duty.manager@refdesk.example"])) == 1
    assert [e for e, _ in sent].count("sla_warning") == 1
    incident = client.get(f"/api/incidents/{number}", headers=team["alice"]).json()
    assert (incident["assignment_group"], incident["assignee"]) == ("Second Line", "sam")
    timeline = client.get(f"/api/incidents/{number}/timeline", headers=team["alice"]).json()
    assert [(e["field"], e["after"]) for e in timeline if e["action"] == "sla"] == [
        ("resolution sla", "warning"), ("resolution sla", "breach")]


def test_hold_pauses_the_clock(client: TestClient, team: dict[str, Headers]) -> None:
    number = _p2(client, team)
    client.post(f"/api/incidents/{number}/transition",
                json={"state": "On Hold", "reason": "awaiting supplier"},
                headers=team["alice"]).raise_for_status()
    _to(client, "2025-03-20T16:00:00+00:00")
    client.post(f"/api/incidents/{number}/transition", json={"state": "In Progress"},
                headers=team["alice"]).raise_for_status()
    sla = client.get(f"/api/incidents/{number}/sla", headers=team["alice"]).json()
    resolution = next(s for s in sla if s["kind"] == "resolution")
    assert resolution["due_at"] == "2025-03-21T16:00:00+00:00"
    assert resolution["state"] == "running"


def test_unanswered_resolution_closes_after_three_business_days(
    client: TestClient, team: dict[str, Headers]
) -> None:
    number = _p2(client, team)
    client.post(f"/api/incidents/{number}/resolve", json={"code": "Duplicate", "notes": "n"},
                headers=team["alice"]).raise_for_status()
    _to(client, "2025-03-19T15:00:00+00:00")
    assert client.get(f"/api/incidents/{number}", headers=team["carol"]).json()["state"] \
        == "Resolved"
    _to(client, "2025-03-19T16:30:00+00:00")
    closed = client.get(f"/api/incidents/{number}", headers=team["carol"]).json()
    assert (closed["state"], closed["closed_at"]) == ("Closed", "2025-03-19T16:00:00+00:00")
