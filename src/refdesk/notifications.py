"""The messages the desk sends to people."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from refdesk.config import DeskConfig
from refdesk.models import Incident

__all__ = ["acknowledgement", "envelope"]

_ACK_BODY = """\
Hello {name},

We have received your incident and logged it as {number}.

Number:           {number}
Summary:          {summary}
Priority:         {priority}
Category:         {category}
Assignment group: {group}
State:            {state}

Please quote {number} whenever you contact us about this incident.

{desk}
"""


def envelope(config: DeskConfig, to: str, subject: str, now: datetime) -> EmailMessage:
    """An empty e-mail from the desk with its headers set."""
    message = EmailMessage()
    message["From"] = config.desk.email_from
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(now.astimezone(config.desk.zone))
    message["Message-ID"] = make_msgid(domain=config.desk.email_from.rpartition("@")[2])
    return message


def acknowledgement(config: DeskConfig, incident: Incident, now: datetime) -> EmailMessage:
    """Tell the caller their incident was logged, with its number, priority and category."""
    subject = f"[{incident.number}] We have received your incident: {incident.summary}"
    message = envelope(config, incident.caller.email, subject, now)
    label = config.priority.labels.get(incident.priority, incident.priority)
    message.set_content(
        _ACK_BODY.format(
            name=incident.caller.full_name,
            number=incident.number,
            summary=incident.summary,
            priority=f"{incident.priority} - {label}",
            category=f"{incident.category} / {incident.subcategory}",
            group=incident.assignment_group,
            state=incident.state,
            desk=config.desk.name,
        )
    )
    return message
