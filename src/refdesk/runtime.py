"""Everything one running desk holds: settings, config, clock, database and mailer."""

from __future__ import annotations

from dataclasses import dataclass

from refdesk.clock import Clock
from refdesk.config import DeskConfig
from refdesk.db import Database
from refdesk.incidents import reset_numbering
from refdesk.mail import Mailer
from refdesk.models import Base
from refdesk.settings import Settings
from refdesk.users import ensure_admin

__all__ = ["Runtime"]


@dataclass
class Runtime:
    """The running desk, shared by every route through ``app.state.runtime``."""

    settings: Settings
    config: DeskConfig
    clock: Clock
    db: Database
    mailer: Mailer

    @classmethod
    def start(cls, settings: Settings, config: DeskConfig) -> Runtime:
        """Open the database and SMTP settings and prepare the stored data."""
        mailer = Mailer(settings.smtp_host, settings.smtp_port, settings.smtp_timeout)
        runtime = cls(settings, config, Clock(), Database(settings.db_url), mailer)
        runtime.bootstrap()
        return runtime

    def bootstrap(self) -> None:
        """Create the incident counter and, if a password is configured, the admin."""
        with self.db.session() as session:
            reset_numbering(session)
            if self.settings.admin_password:
                ensure_admin(session, self.settings.admin_password, self.clock.now())

    def wipe(self) -> None:
        """Delete every row of every table, then bootstrap again."""
        with self.db.session() as session:
            for table in reversed(Base.metadata.sorted_tables):
                session.execute(table.delete())
        self.bootstrap()
