"""An SMTP sink on loopback: the desk sends real e-mail to it and scenarios read it."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage

from aiosmtpd.controller import Controller

from greenflag.net import HOST, free_port

__all__ = ["Mail", "Mailbox"]


@dataclass(frozen=True)
class Mail:
    """One e-mail as received."""

    sender: str
    recipients: tuple[str, ...]
    subject: str
    body: str


class Mailbox:
    """Receives e-mail over SMTP and lets a scenario wait for the one it expects."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self._mails: list[Mail] = []
        self._arrived = threading.Condition()
        self._controller = Controller(self, hostname=HOST, port=self.port)

    def start(self) -> None:
        """Start listening."""
        self._controller.start()

    def stop(self) -> None:
        """Stop listening."""
        self._controller.stop()

    async def handle_DATA(self, server, session, envelope) -> str:
        """aiosmtpd's hook: keep the message."""
        parsed: EmailMessage = message_from_bytes(envelope.content, policy=policy.default)
        body = parsed.get_body(("plain", "html"))
        mail = Mail(envelope.mail_from, tuple(envelope.rcpt_tos), str(parsed["Subject"] or ""),
                    body.get_content() if body else "")
        with self._arrived:
            self._mails.append(mail)
            self._arrived.notify_all()
        return "250 Message accepted for delivery"

    def clear(self) -> None:
        """Forget every message received so far."""
        with self._arrived:
            self._mails.clear()

    def received(self) -> list[Mail]:
        """Every message received since the last clear."""
        with self._arrived:
            return list(self._mails)

    def wait_for(self, to: str, containing: str = "", timeout: float = 5.0) -> Mail:
        """The first message to `to` whose subject or body contains `containing`."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while (mail := self._find(to, containing)) is None:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(self._missing(to, containing))
                self._arrived.wait(left)
        return mail

    def _find(self, to: str, containing: str) -> Mail | None:
        for mail in self._mails:
            text = f"{mail.subject}\n{mail.body}"
            if to.lower() in (r.lower() for r in mail.recipients) and containing in text:
                return mail
        return None

    def _missing(self, to: str, containing: str) -> str:
        subjects = [f"{', '.join(m.recipients)}: {m.subject}" for m in self._mails] or ["none"]
        return (f"no e-mail to {to} containing {containing!r}; "
                f"received: {'; '.join(subjects)}")
