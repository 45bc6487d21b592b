"""What people do at the desk, from storing the change to telling those concerned."""

from __future__ import annotations

from typing import Any

from refdesk.incidents import NewIncident, incident_json, open_incident
from refdesk.models import Notice, User
from refdesk.notifications import acknowledgement
from refdesk.runtime import Runtime
from refdesk.timeline import record

__all__ = ["report_incident"]


def report_incident(desk: Runtime, caller: User, new: NewIncident,
                    actor: str | None = None) -> dict[str, Any]:
    """Log an incident for a caller, acknowledge it by e-mail, and return its JSON."""
    with desk.work() as work:
        # The caller was read for this request: attach it without reading it again.
        attached = work.session.merge(caller, load=False)
        incident = open_incident(work.session, desk.config, attached, new, work.now)
        record(work, incident.number, actor or caller.username, "create", "state", None, "New")
        message = acknowledgement(desk.config, incident, work.now)
        work.session.add(Notice(subject_ref=incident.number, at=work.now, event="created",
                                to=[incident.caller.email], subject=message["Subject"]))
        # Sent after the commit: an unreachable mail server must not lose the incident.
        work.outbox.mails.append(message)
        data = incident_json(incident, desk.config)
    return data
