"""The major-incident procedure: declare, link children, broadcast, resolve, review."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from refdesk.incidents import find_incident
from refdesk.lifecycle import Refused, move
from refdesk.models import Incident, Major, User
from refdesk.notify import notify
from refdesk.seed import next_number
from refdesk.timeline import entries, entry_json, record
from refdesk.work import Work

__all__ = ["add_child", "declare", "find_major", "major_json", "post_update", "resolve", "review"]

_DONE = ("Resolved", "Closed", "Cancelled")


def find_major(work: Work, number: str) -> Major:
    """The major incident with this id (404 if none)."""
    found = work.session.scalars(select(Major).where(Major.number == number)).first()
    if found is None:
        raise Refused(404, f"No major incident {number}")
    return found


def _incident(work: Work, number: str) -> Incident:
    incident = find_incident(work.session, number)
    if incident is None:
        raise Refused(422, f"No incident {number}", {"incident": f"No incident {number}"})
    return incident


def _broadcast(work: Work, major: Major, event: str, text: str) -> None:
    extra = {"major": major.number, "title": major.title, "text": text,
             "number": major.incident}
    notify(work, event, major=major, extra=extra)
    if work.desk.webhook_url:
        work.outbox.posts.append((work.desk.webhook_url, {
            "event": event, "major_incident": major.number, "title": major.title,
            "state": major.state, "text": text, "at": work.now.isoformat()}))


def declare(work: Work, user: User, number: str, title: str | None) -> Major:
    """Open a major incident from an incident and tell the stakeholders."""
    incident = _incident(work, number)
    if incident.major_incident or incident.parent:
        raise Refused(409, f"{number} already belongs to a major incident")
    major = Major(number=next_number(work.session, "major"), title=title or incident.summary,
                  state="Open", incident=number, manager=user.username,
                  groups=[incident.assignment_group], updates=[], opened_at=work.now,
                  next_update_due=work.now + work.config.major_incident.update_every,
                  reminders=0)
    work.session.add(major)
    incident.major_incident = major.number
    record(work, major.number, user.username, "declare", "incident", None, number)
    record(work, number, user.username, "major", "major_incident", None, major.number)
    _broadcast(work, major, "major_incident_declared", f"Major incident declared: {major.title}")
    return major


def add_child(work: Work, user: User, major: Major, number: str) -> None:
    """Link an incident to the major incident; its group joins the bridge."""
    incident = _incident(work, number)
    if major.state != "Open":
        raise Refused(409, f"{major.number} is {major.state}")
    if incident.parent or incident.major_incident:
        raise Refused(409, f"{number} already belongs to a major incident")
    incident.parent = major.number
    if incident.assignment_group not in major.groups:
        major.groups = [*major.groups, incident.assignment_group]
    record(work, major.number, user.username, "link", "children", None, number)
    record(work, number, user.username, "major", "parent", None, major.number)


def post_update(work: Work, user: User, major: Major, text: str) -> None:
    """Broadcast a status update; the next one is due a cadence from now."""
    if major.state != "Open":
        raise Refused(409, f"{major.number} is {major.state}")
    major.updates = [*major.updates, {"at": work.now.isoformat(), "author": user.username,
                                      "text": text}]
    major.next_update_due = work.now + work.config.major_incident.update_every
    major.reminders = 0
    record(work, major.number, user.username, "update", None, None, None, text)
    _broadcast(work, major, "major_incident_update", text)


def _children(work: Work, major: Major) -> list[Incident]:
    query = select(Incident).where(Incident.parent == major.number).order_by(Incident.id)
    return list(work.session.scalars(query))


def resolve(work: Work, user: User, major: Major, notes: str) -> None:
    """Resolve the major incident, its own incident and every child."""
    if major.state != "Open":
        raise Refused(409, f"{major.number} is {major.state}")
    major.state, major.resolved_at = "Resolved", work.now
    record(work, major.number, user.username, "resolve", "state", "Open", "Resolved", notes)
    code = work.config.closure.resolution_codes[0]
    for incident in [_incident(work, major.incident), *_children(work, major)]:
        if incident.state not in _DONE:
            incident.resolution_code, incident.resolution_notes = code, notes
            move(work, incident, user.username, "Resolved", f"major incident {major.number}")
            incident.resolved_at = work.now
            notify(work, "resolved", incident=incident)
    _broadcast(work, major, "major_incident_resolved", notes)


def review(work: Work, user: User, major: Major, summary: str, actions: list[str]) -> None:
    """Record the post-incident review."""
    major.review = {"summary": summary, "actions": actions, "author": user.username,
                    "at": work.now.isoformat()}
    record(work, major.number, user.username, "review", None, None, None, summary)


def major_json(work: Work, major: Major) -> dict[str, Any]:
    """The API view of a major incident with its timeline."""
    due = major.next_update_due.isoformat() if major.next_update_due and \
        major.state == "Open" else None
    return {
        "id": major.number, "title": major.title, "state": major.state,
        "incident": major.incident, "manager": major.manager,
        "children": [i.number for i in _children(work, major)], "groups": list(major.groups),
        "updates": list(major.updates), "next_update_due": due,
        "opened_at": major.opened_at.isoformat(),
        "resolved_at": major.resolved_at.isoformat() if major.resolved_at else None,
        "timeline": [entry_json(e) for e in entries(work, major.number)],
        "review": major.review,
    }
