"""An incident's life: state changes, holds, resolution, confirmation, survey, comments."""

from __future__ import annotations

from sqlalchemy import select

from refdesk.models import Article, Incident, User
from refdesk.notify import notify
from refdesk.rules.permissions import allowed
from refdesk.rules.priority import priority_for
from refdesk.rules.workflow import HOLD_REASONS, check
from refdesk.slas import close_pause, open_pause
from refdesk.timeline import record
from refdesk.work import Work

__all__ = [
    "Refused",
    "close",
    "comment",
    "confirm",
    "move",
    "reject",
    "reprioritise",
    "resolve",
    "set_priority",
    "survey",
    "transition",
]


class Refused(Exception):
    """The action is not allowed: an HTTP status, a reason and optional field errors."""

    def __init__(self, status: int, detail: str, errors: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status, self.detail, self.errors = status, detail, errors


def _transitions(work: Work) -> tuple:
    return work.desk.transitions


def _hold_reasons(work: Work) -> tuple[str, ...]:
    return tuple(work.config.workflow.get("hold_reasons", HOLD_REASONS))


def _check(work: Work, incident: Incident, target: str, role: str) -> None:
    moves = _transitions(work)
    reason = check(moves, incident.state, target, role)
    if reason is None:
        return
    exists = any((m.source, m.target) == (incident.state, target) for m in moves)
    raise Refused(403 if exists else 409, reason)


def move(work: Work, incident: Incident, actor: str, target: str, note: str | None = None) -> None:
    """Change the state and keep the SLA clocks, hold reason and stamps in step."""
    source, pausing = incident.state, work.config.sla.pause_states
    record(work, incident.number, actor, "transition", "state", source, target, note)
    incident.state = target
    if target in pausing:
        open_pause(incident, work.now)
    elif source in pausing:
        close_pause(incident, work.now)
    if source == "On Hold":
        incident.hold_reason = None
    if source == "New" and target != "Cancelled":
        incident.responded_at = incident.responded_at or work.now
    if target in ("Closed", "Cancelled"):
        incident.closed_at = work.now


def transition(work: Work, incident: Incident, user: User, target: str,
               reason: str | None) -> None:
    """Move an incident as a person asks (403 wrong role, 409 not allowed, 422 bad reason)."""
    if target == "Resolved":
        raise Refused(409, "Resolve with a resolution code and notes (POST .../resolve)")
    if target == "Closed" and user.role == "caller":
        raise Refused(409, "Confirm the resolution to close the incident (POST .../confirm)")
    _check(work, incident, target, user.role)
    if target == "On Hold" and reason not in _hold_reasons(work):
        choices = " or ".join(_hold_reasons(work))
        raise Refused(422, f"On Hold needs a reason: {choices}", {"reason": f"must be {choices}"})
    if incident.state == "Resolved":
        _reopen(work, incident)
    move(work, incident, user.username, target, reason)
    if target == "On Hold":
        record(work, incident.number, user.username, "hold", "hold_reason",
               incident.hold_reason, reason)
        incident.hold_reason = reason


def _reopen(work: Work, incident: Incident) -> None:
    if incident.resolved_at is not None:
        incident.pauses = [*incident.pauses, [incident.resolved_at.isoformat(),
                                              work.now.isoformat()]]
    incident.resolved_at = None


def _article(work: Work, number: str | None) -> str | None:
    if not number:
        return None
    if work.session.scalars(select(Article).where(Article.number == number)).first() is None:
        raise Refused(422, f"There is no knowledge article {number}",
                      {"article": f"There is no knowledge article {number}"})
    return number


def resolve(work: Work, incident: Incident, user: User, code: str, notes: str,
            article: str | None) -> None:
    """Resolve with a code and notes; tell the caller and invite them to the survey."""
    if code not in work.config.closure.resolution_codes:
        codes = ", ".join(work.config.closure.resolution_codes)
        raise Refused(422, f"Unknown resolution code {code!r}",
                      {"code": f"must be one of: {codes}"})
    _check(work, incident, "Resolved", user.role)
    incident.kb_article = _article(work, article)
    for name, value in (("resolution_code", code), ("resolution_notes", notes)):
        before = getattr(incident, name)
        record(work, incident.number, user.username, "resolve", name, before, value)
        setattr(incident, name, value)
    move(work, incident, user.username, "Resolved")
    incident.resolved_at = work.now
    notify(work, "resolved", incident=incident)
    if work.config.closure.survey:
        notify(work, "survey", incident=incident)
    if not work.config.closure.confirmation:
        close(work, incident, "system")


def close(work: Work, incident: Incident, actor: str, note: str | None = None) -> None:
    """Close a resolved incident and tell the caller."""
    move(work, incident, actor, "Closed", note)
    notify(work, "closed", incident=incident)


def _own(incident: Incident, user: User) -> None:
    if incident.caller_id != user.id:
        raise Refused(403, "Only the caller of the incident may do this")


def confirm(work: Work, incident: Incident, user: User) -> None:
    """The caller accepts the resolution: the incident closes."""
    _own(incident, user)
    if incident.state != "Resolved":
        raise Refused(409, f"{incident.state} incidents cannot be confirmed")
    close(work, incident, user.username, "resolution confirmed")


def reject(work: Work, incident: Incident, user: User, reason: str) -> None:
    """The caller rejects the resolution: the incident reopens and its SLA resumes."""
    _own(incident, user)
    if incident.state != "Resolved":
        raise Refused(409, f"{incident.state} incidents cannot be rejected")
    _reopen(work, incident)
    move(work, incident, user.username, "In Progress", f"resolution rejected: {reason}")


def survey(work: Work, incident: Incident, user: User, score: int, text: str) -> None:
    """Record the caller's satisfaction, once."""
    _own(incident, user)
    if incident.state not in ("Resolved", "Closed"):
        raise Refused(409, "The survey opens when the incident is resolved")
    if incident.survey_score is not None:
        raise Refused(409, "The survey has already been answered")
    incident.survey_score, incident.survey_comment = score, text
    record(work, incident.number, user.username, "survey", "score", None, score, text or None)


def comment(work: Work, incident: Incident, user: User, text: str, internal: bool) -> None:
    """Add a comment (internal work notes are for staff only)."""
    if internal and not allowed(work.desk.permissions, user.role, "incident.update"):
        raise Refused(403, "Only staff may add internal notes")
    record(work, incident.number, user.username, "comment",
           "work_note" if internal else "comment", None, None, text, internal)


def reprioritise(work: Work, incident: Incident, user: User, impact: int | None,
                 urgency: int | None) -> None:
    """Change impact or urgency; the priority and SLA targets follow."""
    for name, value in (("impact", impact), ("urgency", urgency)):
        if value is not None and value != getattr(incident, name):
            record(work, incident.number, user.username, "update", name,
                   getattr(incident, name), value)
            setattr(incident, name, value)
    set_priority(work, incident, user.username,
                 priority_for(work.config.priority, incident.impact, incident.urgency))


def set_priority(work: Work, incident: Incident, actor: str, priority: str,
                 *, rearm: bool = True) -> None:
    """Change the priority (re-targeting the SLAs); a re-armed incident may escalate again."""
    if priority != incident.priority:
        record(work, incident.number, actor, "update", "priority", incident.priority, priority)
        incident.priority = priority
        if rearm:
            incident.fired = []
