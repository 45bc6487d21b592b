"""What happens when time passes: SLA crossings and escalations, auto-close, MI reminders."""

from __future__ import annotations

from refdesk.assignment import pick_agent, set_assignee
from refdesk.lifecycle import close, set_priority
from refdesk.models import Group, Incident, Major
from refdesk.notify import notify
from refdesk.rules.escalation import EscalationRule, due, raised
from refdesk.timeline import record
from refdesk.work import Work

__all__ = ["auto_close", "remind", "sla_crossed"]

SYSTEM = "system"
_EVENTS = {"warning": "sla_warning", "breach": "sla_breach"}


def _rules(work: Work) -> list[EscalationRule]:
    return [EscalationRule(i, at, actions) for i, at, actions in work.config.escalations.rules]


def sla_crossed(work: Work, incident: Incident, kind: str, crossing: str) -> None:
    """Record an SLA warning or breach once; escalate the resolution SLA by the rules."""
    marker = f"sla:{kind}:{crossing}"
    if marker in (incident.fired or []):
        return
    incident.fired = [*incident.fired, marker]
    record(work, incident.number, SYSTEM, "sla", f"{kind} sla", None, crossing)
    if kind != "resolution":
        return
    reached = {c for c in ("warning", "breach") if f"sla:resolution:{c}" in incident.fired}
    for rule in due(_rules(work), reached, set(incident.fired)):
        incident.fired = [*incident.fired, rule.id]
        record(work, incident.number, SYSTEM, "escalate", rule.at, None, rule.id,
               ", ".join(rule.actions))
        _act(work, incident, rule)


def _act(work: Work, incident: Incident, rule: EscalationRule) -> None:
    roles = tuple(a.split(":", 1)[1] for a in rule.actions if a.startswith("notify:"))
    if roles:
        extra = {"kind": "resolution", "due": _due(work, incident), "percent": "100"
                 if rule.at == "breach" else str(round(work.config.sla.warn_at * 100))}
        notify(work, _EVENTS[rule.at], incident=incident, roles=roles, extra=extra)
    for action in rule.actions:
        if action.startswith("reassign:"):
            _reassign(work, incident, action.split(":", 1)[1].strip())
        elif action == "raise_priority":
            set_priority(work, incident, SYSTEM, raised(incident.priority), rearm=False)


def _due(work: Work, incident: Incident) -> str:
    from refdesk.slas import clocks

    clock = clocks(work.config, incident)[1]
    state = clock.state(work.now, work.config.sla.warn_at)
    return state.due_at.astimezone(work.config.desk.zone).strftime("%Y-%m-%d %H:%M %Z")


def _reassign(work: Work, incident: Incident, group: str) -> None:
    if work.session.get(Group, group) is None or group == incident.assignment_group:
        return
    record(work, incident.number, SYSTEM, "assign", "assignment_group",
           incident.assignment_group, group)
    incident.assignment_group = group
    set_assignee(work, incident, SYSTEM, pick_agent(work, incident, group))


def auto_close(work: Work, incident: Incident) -> None:
    """Close a resolved incident the caller never answered."""
    if incident.state == "Resolved":
        close(work, incident, SYSTEM, "closed automatically: no answer from the caller")


def remind(work: Work, major: Major) -> None:
    """Remind the major incident manager that an update is overdue (e-mail and chat)."""
    major.reminders += 1
    record(work, major.number, SYSTEM, "reminder", "next_update_due", None,
           major.next_update_due.isoformat() if major.next_update_due else None,
           "status update overdue")
    extra = {"major": major.number, "title": major.title, "due": str(major.next_update_due)}
    notify(work, "major_incident_update_reminder", major=major, extra=extra)
    url = work.desk.webhook_url
    if url:
        work.outbox.posts.append((url, {"event": "major_incident_update_reminder", "major_incident":
                                        major.number, "title": major.title,
                                        "text": f"Update on {major.number} is overdue"}))



