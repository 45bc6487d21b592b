"""Raise incidents from e-mails sent to the desk."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parseaddr
from typing import Any

from sqlalchemy import func, select

from refdesk.actions import report_incident
from refdesk.incidents import NewIncident
from refdesk.lifecycle import Refused
from refdesk.models import User
from refdesk.runtime import Runtime

__all__ = ["incident_from_email", "start_listener"]


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    return part.get_content().strip()[:4000] if part is not None else ""


def _sender(desk: Runtime, address: str) -> User:
    with desk.db.session() as session:
        query = select(User).where(func.lower(User.email) == address.lower())
        user = session.scalars(query).first()
    if user is None:
        raise Refused(422, f"No user has the address {address or '(none)'}",
                      {"from": "unknown sender"})
    return user


def incident_from_email(desk: Runtime, raw: bytes) -> dict[str, Any]:
    """Log an incident for the sender of an RFC 822 message (422 if unknown sender)."""
    message = message_from_bytes(raw, policy=policy.default)
    _, address = parseaddr(str(message.get("From", "")))
    user = _sender(desk, address)
    summary = " ".join(str(message.get("Subject", "")).split())[:160] or "(no subject)"
    try:
        body = _body(message)
    except (KeyError, LookupError, ValueError):
        body = ""
    new = NewIncident(summary=summary, description=body, impact=3, urgency=3)
    return report_incident(desk, user, new, actor=user.username)


class _Listener:
    """aiosmtpd handler: every accepted message becomes an incident."""

    def __init__(self, desk: Runtime) -> None:
        self.desk = desk

    async def handle_DATA(self, server: object, session: object, envelope: Any) -> str:
        """Raise the incident; refuse the message if its sender is unknown."""
        from starlette.concurrency import run_in_threadpool

        try:
            await run_in_threadpool(incident_from_email, self.desk, envelope.content)
        except Refused as refused:
            return f"550 {refused.detail}"
        return "250 OK: incident raised"


def start_listener(desk: Runtime, port: int) -> Any:
    """Listen for incident e-mails by SMTP on a loopback port; return the controller."""
    from aiosmtpd.controller import Controller

    controller = Controller(_Listener(desk), hostname="127.0.0.1", port=port)
    controller.start()
    return controller
