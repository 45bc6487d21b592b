"""Reports: SLA compliance, volumes, mean time to resolve, satisfaction."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from refdesk.config import DeskConfig
from refdesk.models import Incident
from refdesk.slas import clocks

__all__ = ["mttr", "satisfaction", "sla_compliance", "volumes"]


def _all(session: Session) -> list[Incident]:
    return list(session.scalars(select(Incident).order_by(Incident.id)))


def _percent(met: int, total: int) -> float | None:
    return round(100.0 * met / total, 1) if total else None


def _rows(tally: dict[str, list[int]]) -> list[dict[str, Any]]:
    return [{"key": key, "met": met, "breached": total - met, "total": total,
             "compliance": _percent(met, total)} for key, (met, total) in sorted(tally.items())]


def sla_compliance(session: Session, config: DeskConfig, now: datetime) -> dict[str, Any]:
    """Resolution SLA compliance (not breached) in % per priority and per group."""
    by_priority: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_group: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for incident in _all(session):
        state = clocks(config, incident)[1].state(now, config.sla.warn_at)
        ok = int(state.state != "breached")
        for tally, key in ((by_priority, incident.priority), (by_group, incident.assignment_group)):
            tally[key][0] += ok
            tally[key][1] += 1
    met = sum(v[0] for v in by_priority.values())
    total = sum(v[1] for v in by_priority.values())
    return {"overall": _percent(met, total), "by_priority": _rows(by_priority),
            "by_group": _rows(by_group)}


def volumes(session: Session) -> dict[str, Any]:
    """How many incidents per category, and per category and subcategory."""
    incidents = _all(session)
    by_path = Counter((i.category, i.subcategory) for i in incidents)
    return {"by_category": dict(sorted(Counter(i.category for i in incidents).items())),
            "by_subcategory": [{"category": c, "subcategory": s, "count": n}
                               for (c, s), n in sorted(by_path.items())],
            "total": len(incidents)}


def mttr(session: Session) -> dict[str, Any]:
    """Mean time from opening to resolution of resolved incidents, overall and per priority."""
    spans: dict[str, list[float]] = defaultdict(list)
    for incident in _all(session):
        if incident.resolved_at:
            hours = (incident.resolved_at - incident.opened_at).total_seconds() / 3600
            spans[incident.priority].append(hours)
    every = [h for hours in spans.values() for h in hours]
    mean = round(sum(every) / len(every), 2) if every else None
    return {"mean_hours": mean, "count": len(every), "by_priority": [
        {"priority": p, "mean_hours": round(sum(h) / len(h), 2), "count": len(h)}
        for p, h in sorted(spans.items())]}


def satisfaction(session: Session) -> dict[str, Any]:
    """Average survey score and how many answered."""
    scores = [i.survey_score for i in _all(session) if i.survey_score is not None]
    average = round(sum(scores) / len(scores), 2) if scores else None
    return {"average": average, "count": len(scores)}
