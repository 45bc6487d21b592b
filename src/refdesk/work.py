"""One unit of desk work: a database session, the instant it happens at, and its outbox."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from refdesk.outbox import Outbox

if TYPE_CHECKING:
    from refdesk.config import DeskConfig
    from refdesk.runtime import Runtime

__all__ = ["Work"]


@dataclass
class Work:
    """What a change needs: the desk, a session, the time and where messages wait."""

    desk: Runtime
    session: Session
    now: datetime
    outbox: Outbox

    @property
    def config(self) -> DeskConfig:
        """The desk configuration."""
        return self.desk.config
