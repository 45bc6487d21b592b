"""Everything one running desk holds: settings, config, clock, database and mailer."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from refdesk.clock import Clock
from refdesk.config import DeskConfig
from refdesk.db import Database
from refdesk.incidents import reset_numbering
from refdesk.mail import Mailer
from refdesk.models import Base
from refdesk.outbox import Outbox
from refdesk.rules.permissions import DEFAULT_PERMISSIONS
from refdesk.rules.workflow import DEFAULT_TRANSITIONS, Transition
from refdesk.seed import seed
from refdesk.settings import Settings
from refdesk.users import ensure_admin
from refdesk.work import Work

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
            seed(session, self.config)
            if self.settings.admin_password:
                ensure_admin(session, self.settings.admin_password, self.clock.now())

    @contextmanager
    def work(self, now: datetime | None = None) -> Iterator[Work]:
        """A unit of work: commit the session, then deliver the queued messages."""
        outbox = Outbox()
        with self.db.session() as session:
            yield Work(self, session, now or self.clock.now(), outbox)
        outbox.deliver(self.mailer)

    @property
    def permissions(self) -> dict[str, frozenset[str]]:
        """Role to allowed actions: the defaults, overridden per role by the config."""
        return {**DEFAULT_PERMISSIONS, **self.config.permissions}

    @property
    def transitions(self) -> tuple[Transition, ...]:
        """The allowed state changes: configured ones, else the default workflow."""
        configured = self.config.workflow.get("transitions")
        if not configured:
            return DEFAULT_TRANSITIONS
        return tuple(Transition(t.source, t.target, t.roles) for t in configured)

    @property
    def webhook_url(self) -> str | None:
        """Where chat posts go: the command-line override, else the configured URL."""
        return self.settings.chat_webhook or self.config.integrations.webhook_url

    def wipe(self) -> None:
        """Delete every row of every table, then bootstrap again."""
        with self.db.session() as session:
            for table in reversed(Base.metadata.sorted_tables):
                session.execute(table.delete())
        self.bootstrap()
