"""The desk's tables, as SQLAlchemy 2 ORM classes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, Text, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

__all__ = [
    "Article",
    "AuthToken",
    "Base",
    "Counter",
    "Group",
    "Incident",
    "Major",
    "Notice",
    "TimelineEntry",
    "User",
]


class UTCDateTime(TypeDecorator[datetime]):
    """Store instants as naive UTC (portable to SQLite) and read them back as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Convert an aware instant to naive UTC for storage."""
        if value is None:
            return None
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Mark a stored naive UTC value as UTC again."""
        return value.replace(tzinfo=UTC) if value is not None else None


class Base(DeclarativeBase):
    """Declarative base of every refdesk table."""


class User(Base):
    """A person who uses the desk: caller, agent or admin."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    full_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254))
    role: Mapped[str] = mapped_column(String(16))
    department: Mapped[str | None] = mapped_column(String(120))
    location: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    groups: Mapped[list[str]] = mapped_column(JSON, default=list)
    available: Mapped[bool] = mapped_column(Boolean, default=True)
    last_assigned_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Incident(Base):
    """An interruption to a service, reported by a caller."""

    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True, index=True)
    summary: Mapped[str] = mapped_column(String(160))
    description: Mapped[str] = mapped_column(Text, default="")
    caller_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    category: Mapped[str] = mapped_column(String(80))
    subcategory: Mapped[str] = mapped_column(String(80))
    assignment_group: Mapped[str] = mapped_column(String(80))
    impact: Mapped[int] = mapped_column(Integer)
    urgency: Mapped[int] = mapped_column(Integer)
    priority: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(32))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    hold_reason: Mapped[str | None] = mapped_column(String(80))
    resolution_code: Mapped[str | None] = mapped_column(String(80))
    resolution_notes: Mapped[str | None] = mapped_column(Text)
    kb_article: Mapped[str | None] = mapped_column(String(16))
    major_incident: Mapped[str | None] = mapped_column(String(16))
    parent: Mapped[str | None] = mapped_column(String(16))
    custom: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    pauses: Mapped[list[list[str | None]]] = mapped_column(JSON, default=list)
    fired: Mapped[list[str]] = mapped_column(JSON, default=list)
    survey_score: Mapped[int | None] = mapped_column(Integer)
    survey_comment: Mapped[str | None] = mapped_column(Text)
    checked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())

    caller: Mapped[User] = relationship(lazy="joined", foreign_keys=[caller_id])
    assignee: Mapped[User | None] = relationship(lazy="joined", foreign_keys=[assignee_id])


class Counter(Base):
    """A named sequence, e.g. the next incident number."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class AuthToken(Base):
    """A bearer token or browser session; only a hash of the secret is stored."""

    __tablename__ = "auth_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    user: Mapped[User] = relationship(lazy="joined")


class Group(Base):
    """An assignment group: its team lead and how it picks an agent."""

    __tablename__ = "groups"

    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    team_lead: Mapped[str | None] = mapped_column(String(64))
    strategy: Mapped[str] = mapped_column(String(16), default="least_loaded")


class TimelineEntry(Base):
    """One recorded change to an incident or major incident: who, when, what."""

    __tablename__ = "timeline"

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(String(16), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    field: Mapped[str | None] = mapped_column(String(64))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    internal: Mapped[bool] = mapped_column(Boolean, default=False)


class Notice(Base):
    """An e-mail the desk sent, kept so the API can show it."""

    __tablename__ = "notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    subject_ref: Mapped[str | None] = mapped_column(String(16), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    event: Mapped[str] = mapped_column(String(32))
    to: Mapped[list[str]] = mapped_column(JSON, default=list)
    subject: Mapped[str] = mapped_column(String(300))


class Article(Base):
    """A knowledge article."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    body: Mapped[str] = mapped_column(Text)


class Major(Base):
    """A major incident: the bridge record of an outage and its child incidents."""

    __tablename__ = "majors"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(16), default="Open")
    incident: Mapped[str] = mapped_column(String(16))
    manager: Mapped[str] = mapped_column(String(64))
    groups: Mapped[list[str]] = mapped_column(JSON, default=list)
    updates: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    next_update_due: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reminders: Mapped[int] = mapped_column(Integer, default=0)
    review: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
