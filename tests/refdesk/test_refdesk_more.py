"""Restart survival, new config keys checked by path, the agent page's forms, test-mode gate."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from refdesk.app import create_app
from refdesk.config import ConfigError, load_config
from refdesk.settings import DEFAULT_CONFIG, Settings

ADMIN = {"username": "admin", "password": "admin-pass-123"}


def _bearer(client: TestClient) -> dict[str, str]:
    token = client.post("/api/auth/token", json=ADMIN).json()["token"]
    return {"Authorization": f"Bearer {token}"}


def test_data_survives_a_restart(settings: Settings) -> None:
    body = {"summary": "VPN drops", "impact": 3, "urgency": 3}
    with TestClient(create_app(settings)) as client:
        made = client.post("/api/incidents", json=body, headers=_bearer(client)).json()
        client.app.state.runtime.db.dispose()
    with TestClient(create_app(settings)) as client:
        again = client.get(f"/api/incidents/{made['number']}", headers=_bearer(client))
        assert again.json()["summary"] == "VPN drops"
        client.app.state.runtime.db.dispose()


def test_test_routes_absent_without_test_mode(settings: Settings) -> None:
    with TestClient(create_app(replace(settings, test_mode=False))) as client:
        assert client.post("/_test/clock", json={"now": None}).status_code == 404
        client.app.state.runtime.db.dispose()


@pytest.mark.parametrize(("where", "value", "message"), [
    (("sla", "targets", "P2", "resolution"), "8x", "'8x' is not a duration"),
    (("sla", "targets", "P2", "calendar"), "moon", "'moon' is not one of"),
    (("calendars", "business", "hours", "mon"), "17:00-09:00", "end of the working hours"),
    (("escalations", "rules", 0, "actions", 0), "notify:ceo", "'notify:ceo' is not one of"),
    (("closure", "auto_close_after_days"), 0, "at least 1"),
])
def test_new_sections_name_the_key_path(tmp_path: Path, where: tuple, value: object,
                                        message: str) -> None:
    data = yaml.safe_load(DEFAULT_CONFIG.read_text())
    target = data
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    path = tmp_path / "desk.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    dotted = ".".join(str(k) for k in where).replace(".0.", "[0].").replace(".0", "[0]")
    assert caught.value.path == dotted
    assert message in caught.value.problem


def test_agent_page_forms_need_csrf_and_show_refusals(
    client: TestClient, add_user: object, admin: dict[str, str]
) -> None:
    add_user("alice", "agent", groups=["Messaging Support"])
    body = {"summary": "Outlook keeps crashing", "impact": 2, "urgency": 1}
    number = client.post("/api/incidents", json=body, headers=admin).json()["number"]
    client.post("/login", data={"username": "alice", "password": "alice-pass"})
    html = client.get(f"/agent/incidents/{number}").text
    for label in ("Assignment group", "Assignee", "Hold reason", "Resolution code",
                  "Resolution notes", "Knowledge article", "SLA resolution due"):
        assert f">{label}<" in html
    path = f"/agent/incidents/{number}/state"
    assert client.post(path, data={"state": "In Progress"}).status_code == 403
    csrf = html.split('name="csrf_token" value="')[1].split('"')[0]
    refused = client.post(path, data={"state": "Closed", "csrf_token": csrf})
    assert refused.status_code == 409 and 'role="alert"' in refused.text
    moved = client.post(path, data={"state": "In Progress", "csrf_token": csrf},
                        follow_redirects=False)
    assert moved.status_code == 303


def test_ticker_runs_rules_as_time_passes(client: TestClient, admin: dict[str, str]) -> None:
    import time
    from datetime import datetime, timedelta

    from refdesk.ticker import Ticker

    desk = client.app.state.runtime
    start = datetime.fromisoformat("2025-03-17T10:00:00+00:00")
    desk.clock.set(start)
    body = {"summary": "Outlook down", "impact": 1, "urgency": 1}
    number = client.post("/api/incidents", json=body, headers=admin).json()["number"]
    ticker = Ticker(desk, every=0.05)
    ticker.start()
    desk.clock.set(start + timedelta(hours=5))
    time.sleep(0.5)
    ticker.stop()
    timeline = client.get(f"/api/incidents/{number}/timeline", headers=admin).json()
    assert ("resolution sla", "breach") in [(e["field"], e["after"]) for e in timeline]
