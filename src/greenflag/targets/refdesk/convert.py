"""refdesk's JSON turned into the harness's ITSM nouns."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from greenflag.model import (
    Article,
    Incident,
    MajorIncident,
    Notification,
    SlaTimer,
    TimelineEntry,
)

__all__ = ["article", "incident", "major_incident", "notification", "sla_timer", "timeline"]

Json = dict[str, Any]


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def incident(data: Json, labels: dict[str, str] | None = None) -> Incident:
    """An Incident from refdesk's incident JSON; custom fields renamed to their labels."""
    labels = labels or {}
    return Incident(
        number=data["number"], summary=data["summary"], category=data["category"],
        subcategory=data["subcategory"], priority=data["priority"],
        priority_label=data["priority_label"], state=data["state"],
        assignment_group=_text(data.get("assignment_group")), caller=_text(data.get("caller")),
        opened_at=_when(data.get("opened_at")), assignee=_text(data.get("assignee")),
        hold_reason=_text(data.get("hold_reason")),
        resolution_code=_text(data.get("resolution_code")),
        resolution_notes=_text(data.get("resolution_notes")),
        kb_article=_text(data.get("kb_article")),
        major_incident=_text(data.get("major_incident") or data.get("parent")),
        custom={labels.get(key, key): _text(value)
                for key, value in (data.get("custom") or {}).items()},
    )


def sla_timer(data: Json) -> SlaTimer:
    """An SLA timer from refdesk's SLA JSON."""
    return SlaTimer(data["kind"], int(data["target_minutes"]), _when(data["due_at"]),
                    float(data["elapsed_minutes"]), data["state"])


def timeline(rows: list[Json]) -> tuple[TimelineEntry, ...]:
    """Timeline entries from refdesk's timeline JSON."""
    return tuple(
        TimelineEntry(_when(row["at"]), _text(row.get("actor")), _text(row.get("action")),
                      _text(row.get("field")), _text(row.get("before")), _text(row.get("after")),
                      _text(row.get("note")))
        for row in rows
    )


def notification(data: Json) -> Notification:
    """A sent notification from refdesk's notification JSON."""
    return Notification(data["event"], tuple(data["to"]), data["subject"])


def major_incident(data: Json) -> MajorIncident:
    """A MajorIncident from refdesk's JSON."""
    updates = tuple(u["text"] if isinstance(u, dict) else str(u) for u in data.get("updates", []))
    return MajorIncident(
        id=data["id"], title=_text(data.get("title")), state=data["state"],
        incident=_text(data.get("incident")), children=tuple(data.get("children", [])),
        groups=tuple(data.get("groups", [])), updates=updates,
        timeline=timeline(data.get("timeline", [])),
    )


def article(data: Json) -> Article:
    """An Article from refdesk's knowledge JSON."""
    return Article(data["id"], data["title"], tuple(data.get("keywords", [])))
