"""What people do at the desk, from storing the change to telling those concerned."""

from __future__ import annotations

from typing import Any

from refdesk.incidents import NewIncident, incident_json, open_incident
from refdesk.models import User
from refdesk.notifications import acknowledgement
from refdesk.runtime import Runtime

__all__ = ["report_incident"]


def report_incident(desk: Runtime, caller: User, new: NewIncident) -> dict[str, Any]:
    """Log an incident for a caller, acknowledge it by e-mail, and return its JSON."""
    now = desk.clock.now()
    with desk.db.session() as session:
        incident = open_incident(session, desk.config, session.merge(caller), new, now)
        data = incident_json(incident, desk.config)
        message = acknowledgement(desk.config, incident, now)
    # Sent after the commit: an unreachable mail server must not lose the incident.
    desk.mailer.send(message)
    return data
