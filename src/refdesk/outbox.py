"""Messages held until the database change that caused them is committed."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from refdesk.mail import Mailer

__all__ = ["Outbox", "post_json"]

log = logging.getLogger(__name__)


def post_json(url: str, payload: dict[str, Any], timeout: float = 5.0) -> bool:
    """POST JSON to a webhook; log a warning and return False if it fails."""
    import httpx  # only desks that post to chat pay for importing it

    try:
        httpx.post(url, json=payload, timeout=timeout).raise_for_status()
    except httpx.HTTPError as error:
        log.warning("could not post to the chat webhook %s: %s", url, error)
        return False
    return True


@dataclass
class Outbox:
    """E-mails and webhook posts to deliver once the change is stored."""

    mails: list[EmailMessage] = field(default_factory=list)
    posts: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def deliver(self, mailer: Mailer) -> None:
        """Send everything, in the order it was queued."""
        mailer.send_all(self.mails)
        for url, payload in self.posts:
            post_json(url, payload)
        self.mails.clear()
        self.posts.clear()
