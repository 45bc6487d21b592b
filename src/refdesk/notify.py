"""Tell people about events by e-mail, from configurable templates, and remember it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from refdesk.config.extras import TemplateSpec
from refdesk.models import Group, Incident, Major, Notice
from refdesk.notifications import envelope
from refdesk.users import find_user
from refdesk.work import Work

__all__ = ["DEFAULT_TEMPLATES", "incident_context", "notice_json", "notices", "notify"]

_SIGN = "\n\n{desk}\n"
DEFAULT_TEMPLATES: dict[str, TemplateSpec] = {
    "created": TemplateSpec(("caller",), "[{number}] We have received your incident: {summary}",
                            "We have logged {number}."),
    "assigned": TemplateSpec(("assignee",), "[{number}] Assigned to you: {summary}",
                             "{number} ({priority}) is assigned to {assignee} in {group}."),
    "sla_warning": TemplateSpec(("assignee",), "[{number}] SLA warning: {kind} due {due}",
                                "{number} has used {percent}% of its {kind} target."),
    "sla_breach": TemplateSpec(("team_lead", "duty_manager"),
                               "[{number}] SLA breached: {kind} was due {due}",
                               "{number} ({priority}, {group}) breached its {kind} target."),
    "major_incident_declared": TemplateSpec(("stakeholders", "major_incident_manager"),
                                   "[{major}] Major incident declared: {title}",
                                   "Major incident {major} was declared from {number}."),
    "major_incident_update": TemplateSpec(("stakeholders",), "[{major}] Update: {title}", "{text}"),
    "major_incident_resolved": TemplateSpec(("stakeholders", "major_incident_manager"),
                                   "[{major}] Resolved: {title}", "{text}"),
    "major_incident_update_reminder": TemplateSpec(("major_incident_manager",),
                                   "[{major}] Update overdue: {title}",
                                   "An update on {major} was due at {due}."),
    "resolved": TemplateSpec(("caller",), "[{number}] Resolved: {summary}",
                             "We resolved {number}: {code}.\n{notes}\n"
                             "Please confirm or reject the resolution on the portal."),
    "closed": TemplateSpec(("caller",), "[{number}] Closed: {summary}", "{number} is closed."),
    "survey": TemplateSpec(("caller",), "[{number}] How did we do?",
                           "Please rate how we handled {number} from 1 to 5 on the portal."),
}


class _Blank(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def incident_context(work: Work, incident: Incident) -> dict[str, Any]:
    """The template placeholders an incident fills."""
    label = work.config.priority.labels.get(incident.priority, incident.priority)
    return {
        "number": incident.number, "summary": incident.summary, "state": incident.state,
        "priority": f"{incident.priority} - {label}", "group": incident.assignment_group,
        "assignee": incident.assignee.username if incident.assignee else "nobody",
        "caller": incident.caller.full_name, "code": incident.resolution_code or "",
        "notes": incident.resolution_notes or "",
    }


def _address(work: Work, who: str | None) -> str | None:
    if not who:
        return None
    if "@" in who:
        return who
    user = find_user(work.session, who)
    return user.email if user else None


def _lead(work: Work, incident: Incident | None) -> str | None:
    group = work.session.get(Group, incident.assignment_group) if incident else None
    return group.team_lead if group else None


def _recipients(work: Work, role: str, incident: Incident | None, major: Major | None) -> list:
    people: dict[str, Any] = {
        "caller": lambda: [incident.caller.email] if incident else [],
        "assignee": lambda: [incident.assignee.email] if incident and incident.assignee else [],
        "team_lead": lambda: [_address(work, _lead(work, incident))],
        "duty_manager": lambda: [_address(work, work.config.escalations.duty_manager)],
        "stakeholders": lambda: [_address(work, s) for s in
                                 work.config.major_incident.stakeholders],
        "major_incident_manager": lambda: [_address(work, major.manager if major else None)],
    }
    return [address for address in people.get(role, list)() if address]


def notify(
    work: Work, event: str, *, incident: Incident | None = None, major: Major | None = None,
    roles: tuple[str, ...] | None = None, extra: dict[str, Any] | None = None,
) -> list[str]:
    """Send the event's e-mail to its recipients; return the addresses (none: nothing sent)."""
    template = work.config.notifications.get(event) or DEFAULT_TEMPLATES[event]
    to: list[str] = []
    for role in roles or template.to:
        to += [a for a in _recipients(work, role, incident, major) if a not in to]
    if not to:
        return []
    values = _Blank(incident_context(work, incident) if incident else {})
    values.update(extra or {}, desk=work.config.desk.name)
    subject = template.subject.format_map(values)
    message = envelope(work.config, ", ".join(to), subject, work.now)
    message.set_content(template.body.format_map(values) + _SIGN.format_map(values))
    work.outbox.mails.append(message)
    ref = major.number if major else incident.number if incident else None
    work.session.add(Notice(subject_ref=ref, at=work.now, event=event, to=to, subject=subject))
    return to


def notices(work: Work, ref: str | None) -> list[Notice]:
    """The e-mails sent about one incident or major incident (all if ref is None)."""
    query = select(Notice).order_by(Notice.at, Notice.id)
    if ref:
        query = query.where(Notice.subject_ref == ref)
    return list(work.session.scalars(query))


def notice_json(notice: Notice) -> dict[str, Any]:
    """The API view of a sent e-mail."""
    return {"at": notice.at.isoformat(), "event": notice.event, "to": notice.to,
            "subject": notice.subject, "ref": notice.subject_ref}



