"""refdesk through its JSON API (httpx)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from greenflag.desk import CAPABILITIES
from greenflag.model import (
    Article,
    Group,
    Incident,
    IncidentForm,
    MajorIncident,
    Notification,
    Persona,
    SlaTimer,
    TimelineEntry,
)
from greenflag.targets.refdesk import convert
from greenflag.targets.refdesk.client import Client

__all__ = ["RefdeskApi"]



class RefdeskApi:
    """The Desk protocol over refdesk's JSON API."""

    channel = "api"

    def __init__(self, url: str, admin_password: str, timeout: float = 10.0) -> None:
        self.url = url
        self.client = Client(url, timeout)
        self.admin = Persona("Desk", "Admin", "admin", "", "admin", password=admin_password)
        self._field_names: dict[str, str] | None = None

    def capabilities(self) -> frozenset[str]:
        """The optional features refdesk has."""
        return CAPABILITIES

    def create_persona(self, persona: Persona, **extra: Any) -> None:
        """Create the persona's user account as the desk admin."""
        body = {"username": persona.username, "password": persona.password,
                "full_name": persona.full_name, "email": persona.email, "role": persona.role,
                "department": persona.department, "location": persona.location, **extra}
        self.client.call(self.admin, "POST", "/api/users", json=body)

    def create_group(self, group: Group) -> None:
        """Create an assignment group as the desk admin."""
        body = {"name": group.name, "team_lead": group.team_lead or None,
                "members": list(group.members), "strategy": group.strategy}
        self.client.call(self.admin, "POST", "/api/groups", json=body)

    def submit_incident(self, who: Persona, form: IncidentForm) -> Incident:
        """Report an incident as `who`."""
        body = {"summary": form.summary, "description": form.description,
                "impact": form.impact, "urgency": form.urgency}
        if form.custom:
            names = self._fields()
            body["custom"] = {names.get(key, key): value for key, value in form.custom.items()}
        return self._incident(self.client.call(who, "POST", "/api/incidents", json=body))

    def raise_by_email(self, sender: Persona, subject: str, body: str) -> Incident:
        """Send the desk an e-mail from `sender`; the incident it raised."""
        message = (f"From: {sender.full_name} <{sender.email}>\r\nTo: servicedesk\r\n"
                   f"Subject: {subject}\r\n\r\n{body}\r\n")
        data = self.client.call(self.admin, "POST", "/api/inbound-email",
                                content=message.encode(),
                                headers={"Content-Type": "message/rfc822"})
        return self._incident(data)

    def read_incident(self, who: Persona, number: str) -> Incident:
        """Read an incident as `who` may see it."""
        return self._incident(self.client.call(who, "GET", f"/api/incidents/{number}"))

    def inspect(self, number: str) -> Incident:
        """Read an incident with the desk's own authority, for checks."""
        return self.read_incident(self.admin, number)

    def assign(self, who: Persona, number: str, group: str = "", assignee: str = "") -> Incident:
        """Assign to a group (the desk picks the agent) or to a named agent."""
        body = {key: value for key, value in (("group", group), ("assignee", assignee)) if value}
        return self._act(who, number, "assign", body)

    def move(self, who: Persona, number: str, state: str, reason: str = "") -> Incident:
        """Move the incident to another state, e.g. On Hold with a reason."""
        body = {"state": state, **({"reason": reason} if reason else {})}
        return self._act(who, number, "transition", body)

    def reprioritise(self, who: Persona, number: str, impact: int, urgency: int) -> Incident:
        """Change impact and urgency, and so the priority."""
        body = {"impact": impact, "urgency": urgency}
        return self._incident(self.client.call(who, "PATCH", f"/api/incidents/{number}",
                                                 json=body))

    def comment(self, who: Persona, number: str, text: str) -> None:
        """Add a comment to the incident."""
        self.client.call(who, "POST", f"/api/incidents/{number}/comments", json={"text": text})

    def resolve(self, who: Persona, number: str, code: str, notes: str,
                article: str = "") -> Incident:
        """Resolve with a resolution code, notes and optionally a knowledge article."""
        body = {"code": code, "notes": notes, **({"article": article} if article else {})}
        return self._act(who, number, "resolve", body)

    def confirm(self, who: Persona, number: str) -> Incident:
        """The caller confirms the resolution."""
        return self._act(who, number, "confirm", None)

    def reject(self, who: Persona, number: str, reason: str) -> Incident:
        """The caller rejects the resolution."""
        return self._act(who, number, "reject", {"reason": reason})

    def answer_survey(self, who: Persona, number: str, score: int, comment: str = "") -> None:
        """The caller answers the satisfaction survey."""
        self._act(who, number, "survey", {"score": score, "comment": comment})

    def sla_timers(self, number: str) -> list[SlaTimer]:
        """The incident's SLA timers, read as the admin."""
        rows = self.client.call(self.admin, "GET", f"/api/incidents/{number}/sla")
        return [convert.sla_timer(row) for row in rows]

    def timeline(self, number: str) -> tuple[TimelineEntry, ...]:
        """Every recorded change of the incident."""
        return convert.timeline(self.client.call(self.admin, "GET",
                                                 f"/api/incidents/{number}/timeline"))

    def notifications(self, number: str = "") -> list[Notification]:
        """The e-mails the desk says it sent, for one incident or all."""
        params = {"incident": number} if number else {}
        rows = self.client.call(self.admin, "GET", "/api/notifications", params=params)
        return [convert.notification(row) for row in rows]

    def declare_major(self, who: Persona, number: str, title: str) -> MajorIncident:
        """Declare a major incident from an incident."""
        body = {"incident": number, "title": title}
        return self._major(who, "POST", "/api/major-incidents", body)

    def link_child(self, who: Persona, major: str, number: str) -> MajorIncident:
        """Link an incident to a major incident as its child."""
        return self._major(who, "POST", f"/api/major-incidents/{major}/children",
                           {"incident": number})

    def post_update(self, who: Persona, major: str, text: str) -> MajorIncident:
        """Post a status update to the stakeholders of a major incident."""
        return self._major(who, "POST", f"/api/major-incidents/{major}/updates", {"text": text})

    def resolve_major(self, who: Persona, major: str, notes: str) -> MajorIncident:
        """Resolve a major incident, and with it its children."""
        return self._major(who, "POST", f"/api/major-incidents/{major}/resolve", {"notes": notes})

    def read_major(self, who: Persona, major: str) -> MajorIncident:
        """Read a major incident's bridge record."""
        return self._major(who, "GET", f"/api/major-incidents/{major}", None)

    def search_knowledge(self, who: Persona, words: str) -> list[Article]:
        """Knowledge articles matching the words, best first."""
        rows = self.client.call(who, "GET", "/api/kb", params={"q": words})
        return [convert.article(row) for row in rows]

    def suggest_articles(self, who: Persona, text: str) -> list[Article]:
        """The articles the desk suggests for what a caller is describing."""
        return self.search_knowledge(who, text)

    def report(self, name: str) -> Any:
        """One of the desk's reports (sla, volumes, mttr, satisfaction), as the admin."""
        return self.client.call(self.admin, "GET", f"/api/reports/{name}")

    def set_time(self, now: datetime) -> None:
        """Set refdesk's test clock; rules that came due run before this returns."""
        self.client.send("POST", "/_test/clock", json={"now": now.isoformat()})

    def reset(self) -> None:
        """Empty the desk's data, keeping its configuration."""
        self.client.forget_tokens()
        self.client.send("POST", "/_test/reset")

    def close(self) -> None:
        """Close the HTTP connections."""
        self.client.close()

    def _fields(self) -> dict[str, str]:
        """Custom field names by label, from the desk's field catalogue."""
        if self._field_names is None:
            rows = self.client.call(self.admin, "GET", "/api/fields")
            self._field_names = {row["label"]: row["name"] for row in rows}
        return self._field_names

    def _incident(self, data: dict[str, Any]) -> Incident:
        labels = {name: label for label, name in self._fields().items()}
        return convert.incident(data, labels)

    def _act(self, who: Persona, number: str, action: str, body: Any) -> Incident:
        data = self.client.call(who, "POST", f"/api/incidents/{number}/{action}", json=body)
        return self._incident(data) if data and "number" in data else self.inspect(number)

    def _major(self, who: Persona, method: str, path: str, body: Any) -> MajorIncident:
        return convert.major_incident(self.client.call(who, method, path, json=body))
