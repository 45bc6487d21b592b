"""The desk through its API: assignment, workflow, closure and feedback, forms, timeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

Headers = dict[str, str]
MONDAY = "2025-03-17T10:00:00+00:00"


@pytest.fixture
def team(
    client: TestClient, add_user: Callable[..., Headers], admin: Headers
) -> dict[str, Headers]:
    """A caller, two messaging agents, a team lead and a major incident manager."""
    people = {
        "carol": add_user("carol", location="London"),
        "alice": add_user("alice", "agent", groups=["Messaging Support"], skills=["exchange"]),
        "bob": add_user("bob", "agent", groups=["Messaging Support"], skills=["exchange"]),
        "lena": add_user("lena", "team_lead", groups=["Second Line"]),
        "mim": add_user("mim", "major_incident_manager"),
    }
    body = {"name": "Messaging Support", "team_lead": "lena", "strategy": "least_loaded"}
    assert client.post("/api/groups", json=body, headers=admin).status_code == 201
    client.post("/_test/clock", json={"now": MONDAY})
    return people


def _raise(client: TestClient, who: Headers, summary: str = "Outlook keeps crashing") -> str:
    body = {"summary": summary, "impact": 2, "urgency": 1}
    response = client.post("/api/incidents", json=body, headers=who)
    assert response.status_code == 201, response.text
    return response.json()["number"]


def _assigned(client: TestClient, team: dict[str, Headers]) -> str:
    number = _raise(client, team["carol"])
    _post(client, f"/api/incidents/{number}/assign", team["alice"], assignee="alice")
    return number


def _post(client: TestClient, path: str, who: Headers, **body: object) -> dict:
    response = client.post(path, json=body, headers=who)
    assert response.status_code in (200, 201), response.text
    return response.json()


def test_group_assignment_picks_the_least_loaded_agent(
    client: TestClient, team: dict[str, Headers]
) -> None:
    first, second = _raise(client, team["carol"]), _raise(client, team["carol"])
    a = _post(client, f"/api/incidents/{first}/assign", team["alice"], group="Messaging Support")
    b = _post(client, f"/api/incidents/{second}/assign", team["alice"], group="Messaging Support")
    assert {a["assignee"], b["assignee"]} == {"alice", "bob"}
    assert a["state"] == "Assigned"
    groups = client.get("/api/groups", headers=team["alice"]).json()
    assert {
        "name": "Messaging Support",
        "team_lead": "lena",
        "strategy": "least_loaded",
        "members": ["alice", "bob"],
    } in groups


def test_hold_needs_a_reason_and_forbidden_moves_are_refused(
    client: TestClient, team: dict[str, Headers]
) -> None:
    number = _raise(client, team["carol"])
    path = f"/api/incidents/{number}/transition"
    assert client.post(path, json={"state": "Closed"}, headers=team["alice"]).status_code == 409
    assert (
        client.post(path, json={"state": "In Progress"}, headers=team["carol"]).status_code == 403
    )
    _post(client, path, team["alice"], state="In Progress")
    assert client.post(path, json={"state": "On Hold"}, headers=team["alice"]).status_code == 422
    held = _post(client, path, team["alice"], state="On Hold", reason="awaiting caller")
    assert (held["state"], held["hold_reason"]) == ("On Hold", "awaiting caller")
    sla = client.get(f"/api/incidents/{number}/sla", headers=team["alice"]).json()
    assert {s["kind"]: s["state"] for s in sla}["resolution"] == "paused"


def test_resolve_confirm_and_survey(
    client: TestClient, team: dict[str, Headers], mailbox: object
) -> None:
    number = _assigned(client, team)
    path = f"/api/incidents/{number}"
    assert (
        client.post(
            f"{path}/resolve", json={"code": "Duplicate"}, headers=team["alice"]
        ).status_code
        == 422
    )
    assert (
        client.post(
            f"{path}/resolve", json={"code": "Duplicate", "notes": "x"}, headers=team["carol"]
        ).status_code
        == 403
    )
    done = _post(
        client,
        f"{path}/resolve",
        team["alice"],
        code="Workaround",
        notes="Restarted in safe mode",
        article="KB0001",
    )
    assert (done["state"], done["kb_article"]) == ("Resolved", "KB0001")
    assert _post(client, f"{path}/confirm", team["carol"])["state"] == "Closed"
    _post(client, f"{path}/survey", team["carol"], score=4, comment="Quick")
    assert (
        client.post(f"{path}/survey", json={"score": 5}, headers=team["carol"]).status_code == 409
    )
    events = [
        n["event"]
        for n in client.get(f"/api/notifications?incident={number}", headers=team["alice"]).json()
    ]
    assert events == ["created", "assigned", "resolved", "survey", "closed"]
    subjects = [m["Subject"] for m in mailbox.messages]
    assert f"[{number}] Resolved: Outlook keeps crashing" in subjects


def test_reject_reopens_and_resumes_the_sla(client: TestClient, team: dict[str, Headers]) -> None:
    number = _assigned(client, team)
    path = f"/api/incidents/{number}"
    _post(client, f"{path}/resolve", team["alice"], code="Duplicate", notes="Same as before")
    client.post("/_test/clock", json={"now": "2025-03-17T12:00:00+00:00"})
    reopened = _post(client, f"{path}/reject", team["carol"], reason="Still crashing")
    assert (reopened["state"], reopened["resolved_at"]) == ("In Progress", None)
    sla = {s["kind"]: s for s in client.get(f"{path}/sla", headers=team["alice"]).json()}
    assert sla["resolution"]["state"] == "running"
    assert sla["resolution"]["elapsed_minutes"] == 0


def test_reprioritising_retargets_the_sla(client: TestClient, team: dict[str, Headers]) -> None:
    number = _raise(client, team["carol"])
    response = client.patch(f"/api/incidents/{number}", json={"impact": 1}, headers=team["alice"])
    assert response.json()["priority"] == "P1"
    sla = {
        s["kind"]: s
        for s in client.get(f"/api/incidents/{number}/sla", headers=team["alice"]).json()
    }
    assert sla["resolution"]["target_minutes"] == 240
    assert sla["resolution"]["due_at"] == "2025-03-17T14:00:00+00:00"


def test_mandatory_custom_field_and_on_behalf(client: TestClient, team: dict[str, Headers]) -> None:
    body = {"summary": "My headset is dead", "impact": 3, "urgency": 3, "caller": "carol"}
    response = client.post("/api/incidents", json=body, headers=team["alice"])
    assert response.status_code == 422
    assert response.json()["errors"] == {"custom.asset_tag": "Asset tag is required."}
    body["custom"] = {"asset_tag": "A-1234"}
    made = _post(client, "/api/incidents", team["alice"], **body)
    assert (made["caller"], made["custom"]) == ("carol", {"asset_tag": "A-1234"})
    body["caller"] = "alice"
    assert client.post("/api/incidents", json=body, headers=team["carol"]).status_code == 403


def test_timeline_records_every_change_and_hides_work_notes(
    client: TestClient, team: dict[str, Headers]
) -> None:
    number = _raise(client, team["carol"])
    path = f"/api/incidents/{number}"
    _post(client, f"{path}/assign", team["alice"], assignee="bob")
    _post(client, f"{path}/comments", team["alice"], text="Checking logs", internal=True)
    _post(client, f"{path}/comments", team["carol"], text="Any news?")
    staff = client.get(f"{path}/timeline", headers=team["alice"]).json()
    assert [(e["action"], e["field"], e["after"]) for e in staff][:3] == [
        ("create", "state", "New"),
        ("assign", "assignee", "bob"),
        ("transition", "state", "Assigned"),
    ]
    assert [e["note"] for e in staff if e["action"] == "comment"] == ["Checking logs", "Any news?"]
    mine = client.get(f"{path}/timeline", headers=team["carol"]).json()
    assert [e["note"] for e in mine if e["action"] == "comment"] == ["Any news?"]


def test_the_field_catalogue_names_each_custom_field_and_its_label(
    client: TestClient, team: dict[str, Headers]
) -> None:
    rows = client.get("/api/fields", headers=team["alice"]).json()
    asset = next(row for row in rows if row["name"] == "asset_tag")
    assert asset == {
        "name": "asset_tag",
        "label": "Asset tag",
        "category": "Hardware / Desk phone",
        "mandatory": True,
        "choices": [],
    }
