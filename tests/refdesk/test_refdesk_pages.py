"""The server-rendered pages: sign-in, portal form with CSRF and errors, incident page, queue."""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

Headers = dict[str, str]


class Details(HTMLParser):
    """Collect a page's <dd> texts keyed by the text of the <dt> that labels them."""

    def __init__(self) -> None:
        super().__init__()
        self.labels: dict[str, str] = {}
        self.values: dict[str, str] = {}
        self._open: tuple[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Note which dt or dd we are inside."""
        found = dict(attrs)
        if tag == "dt":
            self._open = ("dt", found.get("id") or "")
        elif tag == "dd":
            self._open = ("dd", found.get("aria-labelledby") or "")

    def handle_endtag(self, tag: str) -> None:
        """Leave the dt or dd."""
        if tag in ("dt", "dd"):
            self._open = None

    def handle_data(self, data: str) -> None:
        """Add text to the open dt or dd."""
        if self._open:
            kind, key = self._open
            target = self.labels if kind == "dt" else self.values
            target[key] = target.get(key, "") + data

    def by_label(self) -> dict[str, str]:
        """Each dd's text, keyed by its label's text."""
        return {self.labels[key].strip(): value.strip() for key, value in self.values.items()}


def _csrf(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


@pytest.fixture
def browser(
    client: TestClient, add_user: Callable[..., Headers]
) -> Callable[[str, str], TestClient]:
    """Sign a user in through the login form; the client then carries their session."""
    def sign_in(username: str, role: str = "caller") -> TestClient:
        add_user(username, role)
        client.cookies.clear()
        form = {"username": username, "password": f"{username}-pass"}
        response = client.post("/login", data=form, follow_redirects=False)
        assert response.status_code == 303
        return client

    return sign_in


def test_login_form_is_labelled(client: TestClient) -> None:
    html = client.get("/login").text
    assert '<label for="username">Username</label>' in html
    assert '<label for="password">Password</label>' in html
    assert '<button type="submit">Sign in</button>' in html


def test_wrong_password_shows_the_form_with_an_alert(client: TestClient) -> None:
    response = client.post("/login", data={"username": "admin", "password": "nope"})
    assert 'role="alert">Wrong username or password.' in response.text
    assert "refdesk_session" not in response.cookies


@pytest.mark.parametrize(("role", "home"), [("caller", "/portal"), ("agent", "/agent")])
def test_sign_in_sets_a_session_and_goes_home(
    client: TestClient, add_user: Callable[..., Headers], role: str, home: str
) -> None:
    add_user("pat", role)
    form = {"username": "pat", "password": "pat-pass"}
    response = client.post("/login", data=form, follow_redirects=False)
    assert (response.status_code, response.headers["location"]) == (303, home)
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie


def test_pages_need_a_session(client: TestClient) -> None:
    for path in ("/portal", "/portal/new", "/agent", "/portal/incidents/INC0001000"):
        response = client.get(path, follow_redirects=False)
        assert (response.status_code, response.headers["location"]) == (303, "/login")


def test_callers_cannot_open_the_agent_queue(browser: Callable[..., TestClient]) -> None:
    assert browser("carol").get("/agent").status_code == 403


def test_portal_form_offers_the_configured_scales(browser: Callable[..., TestClient]) -> None:
    html = browser("carol").get("/portal/new").text
    for field in ("summary", "description", "impact", "urgency"):
        assert f'<label for="{field}">{field.title()}</label>' in html
    assert '<option value="1">1 - High</option>' in html
    assert '<button type="submit">Submit</button>' in html


def test_missing_summary_is_shown_beside_the_field_and_nothing_is_lost(
    browser: Callable[..., TestClient],
) -> None:
    page = browser("carol")
    form = {"summary": " ", "description": "Keeps freezing", "impact": "1", "urgency": "2",
            "csrf_token": _csrf(page.get("/portal/new").text)}
    response = page.post("/portal/new", data=form)
    assert response.status_code == 422
    assert 'id="summary-error">This field is required.' in response.text
    assert ">Keeps freezing</textarea>" in response.text
    assert '<option value="2" selected>2 - Medium</option>' in response.text
    assert page.get("/portal").text.count("/portal/incidents/") == 0


@pytest.mark.parametrize("token", [None, "forged"])
def test_portal_form_refuses_a_missing_or_wrong_csrf_token(
    browser: Callable[..., TestClient], token: str | None
) -> None:
    page = browser("carol")
    form = {"summary": "Laptop broken", "impact": "1", "urgency": "1"}
    response = page.post("/portal/new", data=form | ({"csrf_token": token} if token else {}))
    assert response.status_code == 403
    assert "/portal/incidents/" not in page.get("/portal").text


def test_reported_incident_page_lists_values_by_label(
    client: TestClient, browser: Callable[..., TestClient]
) -> None:
    client.post("/_test/clock", json={"now": "2025-03-14T16:00:00+00:00"})
    page = browser("carol")
    form = {"summary": "Outlook will not open", "description": "", "impact": "2",
            "urgency": "1", "csrf_token": _csrf(page.get("/portal/new").text)}
    response = page.post("/portal/new", data=form, follow_redirects=False)
    assert (response.status_code, response.headers["location"]) == (
        303, "/portal/incidents/INC0001000"
    )
    html = page.get("/portal/incidents/INC0001000").text
    assert re.search(r"<h1>[^<]*INC0001000[^<]*</h1>", html)
    details = Details()
    details.feed(html)
    assert details.by_label() | {"Description": ""} == {
        "Number": "INC0001000", "Summary": "Outlook will not open", "Description": "",
        "Caller": "Carol", "Category": "Software / Email", "Impact": "2 - Medium",
        "Urgency": "1 - High", "Priority": "P2 - High", "State": "New",
        "Assignment group": "Messaging Support", "Opened": "2025-03-14 16:00 GMT",
        "Assignee": "Nobody yet", "SLA resolution due": "2025-03-17 16:00 GMT (running)",
    }


def test_other_callers_cannot_see_the_incident_page(
    client: TestClient, browser: Callable[..., TestClient], report: dict
) -> None:
    page = browser("carol")
    form = {**report, "csrf_token": _csrf(page.get("/portal/new").text)}
    page.post("/portal/new", data=form)
    assert browser("dave").get("/portal/incidents/INC0001000").status_code == 403
    assert browser("andy", "agent").get("/agent/incidents/INC0001000").status_code == 200


def test_agent_queue_lists_every_incident(
    client: TestClient, add_user: Callable[..., Headers], browser: Callable[..., TestClient],
    report: dict,
) -> None:
    client.post("/_test/clock", json={"now": "2025-07-01T09:30:00+00:00"})
    client.post("/api/incidents", json=report, headers=add_user("carol"))
    html = browser("andy", "agent").get("/agent").text
    assert "<caption>Incident queue</caption>" in html
    assert '<a href="/agent/incidents/INC0001000">INC0001000</a>' in html
    for cell in ("Outlook keeps crashing", "Software / Email", "P2 - High", "New",
                 "Messaging Support", "2025-07-01 10:30 BST"):
        assert f"<td>{cell}</td>" in html or f">{cell}</time>" in html


def test_sign_out_needs_the_form_token(browser: Callable[..., TestClient]) -> None:
    page = browser("carol")
    token = _csrf(page.get("/portal").text)
    assert page.post("/logout", data={}).status_code == 403
    response = page.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert response.headers["location"] == "/login"
    assert page.get("/portal", follow_redirects=False).status_code == 303
