"""The audit timeline: every change to an incident or major incident, who and when."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from refdesk.models import TimelineEntry
from refdesk.work import Work

__all__ = ["entries", "entry_json", "record"]


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def record(
    work: Work, subject: str, actor: str, action: str, field: str | None = None,
    before: object = None, after: object = None, note: str | None = None,
    internal: bool = False,
) -> None:
    """Add one line to the timeline of an incident or major incident."""
    work.session.add(TimelineEntry(
        subject=subject, at=work.now, actor=actor, action=action, field=field,
        before=_text(before), after=_text(after), note=note, internal=internal,
    ))


def entries(work: Work, subject: str, *, internal: bool = True) -> list[TimelineEntry]:
    """The timeline of one record, oldest first (without internal notes if asked)."""
    query = select(TimelineEntry).where(TimelineEntry.subject == subject)
    if not internal:
        query = query.where(TimelineEntry.internal.is_(False))
    return list(work.session.scalars(query.order_by(TimelineEntry.at, TimelineEntry.id)))


def entry_json(entry: TimelineEntry) -> dict[str, Any]:
    """The API view of a timeline line."""
    return {
        "at": entry.at.isoformat(), "actor": entry.actor, "action": entry.action,
        "field": entry.field, "before": entry.before, "after": entry.after, "note": entry.note,
        "internal": entry.internal,
    }
