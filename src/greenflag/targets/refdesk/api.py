"""refdesk through its JSON API (httpx)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx

from greenflag.desk import DeskRefused, TargetUnavailable
from greenflag.model import Incident, IncidentForm, Persona

__all__ = ["RefdeskApi", "incident_from_json"]

CAPABILITIES = frozenset({"incident"})


def incident_from_json(data: dict[str, Any]) -> Incident:
    """Build an Incident from refdesk's incident JSON."""
    opened = data.get("opened_at")
    return Incident(
        number=data["number"],
        summary=data["summary"],
        category=data["category"],
        subcategory=data["subcategory"],
        priority=data["priority"],
        priority_label=data["priority_label"],
        state=data["state"],
        assignment_group=data.get("assignment_group", ""),
        caller=data.get("caller", ""),
        opened_at=datetime.fromisoformat(opened) if opened else None,
    )


class RefdeskApi:
    """The Desk protocol over refdesk's JSON API."""

    channel = "api"

    def __init__(self, url: str, admin_password: str, timeout: float = 10.0) -> None:
        self.url = url
        self._client = httpx.Client(base_url=url, timeout=timeout)
        self._admin = Persona("Desk", "Admin", "admin", "", "admin", password=admin_password)
        self._tokens: dict[str, str] = {}

    def capabilities(self) -> frozenset[str]:
        """The optional features refdesk has."""
        return CAPABILITIES

    def create_persona(self, persona: Persona) -> None:
        """Create the persona's user account as the desk admin."""
        body = {
            "username": persona.username, "password": persona.password,
            "full_name": persona.full_name, "email": persona.email, "role": persona.role,
            "department": persona.department, "location": persona.location,
        }
        self._call(self._admin, "POST", "/api/users", json=body)

    def submit_incident(self, who: Persona, form: IncidentForm) -> Incident:
        """Report an incident as `who`."""
        body = {"summary": form.summary, "description": form.description,
                "impact": form.impact, "urgency": form.urgency}
        return incident_from_json(self._call(who, "POST", "/api/incidents", json=body))

    def read_incident(self, who: Persona, number: str) -> Incident:
        """Read an incident as `who` may see it."""
        return incident_from_json(self._call(who, "GET", f"/api/incidents/{number}"))

    def set_time(self, now: datetime) -> None:
        """Set refdesk's test clock."""
        self._send("POST", "/_test/clock", json={"now": now.isoformat()})

    def reset(self) -> None:
        """Empty the desk's data, keeping its configuration."""
        self._tokens.clear()
        self._send("POST", "/_test/reset")

    def close(self) -> None:
        """Close the HTTP connections."""
        self._client.close()

    def _call(self, who: Persona, method: str, path: str, **kwargs: Any) -> Any:
        headers = {"Authorization": f"Bearer {self._token(who)}"}
        response = self._send(method, path, headers=headers, **kwargs)
        return response.json() if response.content else None

    def _token(self, who: Persona) -> str:
        if who.username not in self._tokens:
            body = {"username": who.username, "password": who.password}
            response = self._send("POST", "/api/auth/token", json=body)
            self._tokens[who.username] = response.json()["token"]
        return self._tokens[who.username]

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self._client.request(method, path, **kwargs)
        except httpx.TransportError as error:
            raise TargetUnavailable(f"refdesk at {self.url} did not answer: {error}") from error
        if response.status_code >= 400:
            raise DeskRefused(f"refdesk refused {method} {path}: HTTP {response.status_code} "
                              f"{response.text[:300]}")
        return response
