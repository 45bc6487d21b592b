"""Send e-mail over SMTP; a mail failure never fails the desk's work."""

from __future__ import annotations

import logging
import smtplib
from email.message import EmailMessage

__all__ = ["Mailer"]

log = logging.getLogger(__name__)


class Mailer:
    """Deliver messages to one SMTP server."""

    def __init__(self, host: str, port: int, timeout: float = 5.0) -> None:
        self.host = host
        self.port = port
        self.timeout = timeout

    def send(self, message: EmailMessage) -> bool:
        """Deliver the message; log a warning and return False if delivery fails."""
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                smtp.send_message(message)
        except (OSError, smtplib.SMTPException) as error:
            log.warning(
                "could not send %r to %s via %s:%s: %s",
                message["Subject"], message["To"], self.host, self.port, error,
            )
            return False
        return True

    def send_all(self, messages: list[EmailMessage]) -> int:
        """Deliver several messages over one connection; return how many were sent."""
        if len(messages) < 2:
            return sum(self.send(message) for message in messages)
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                for message in messages:
                    smtp.send_message(message)
        except (OSError, smtplib.SMTPException) as error:
            log.warning("could not send %d messages via %s:%s: %s",
                        len(messages), self.host, self.port, error)
            return 0
        return len(messages)
