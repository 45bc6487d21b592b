"""Data the configuration seeds into an empty desk: groups and knowledge articles."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from refdesk.config import DeskConfig
from refdesk.models import Article, Counter, Group

__all__ = ["next_number", "seed"]

_SEQUENCES = {"kb": ("KB", 4), "major": ("MI", 4)}


def seed(session: Session, config: DeskConfig) -> None:
    """Create the configured groups and articles and the number counters, if missing."""
    for name in _SEQUENCES:
        if session.get(Counter, name) is None:
            session.add(Counter(name=name, value=0))
    for spec in config.groups:
        if session.get(Group, spec.name) is None:
            session.add(Group(name=spec.name, team_lead=spec.team_lead, strategy=spec.strategy))
    session.flush()
    if not session.scalar(select(func.count()).select_from(Article)):
        for article in config.knowledge:
            session.add(Article(number=next_number(session, "kb"), title=article.title,
                                keywords=list(article.keywords), body=article.body))
    session.flush()


def next_number(session: Session, sequence: str) -> str:
    """The next number of a sequence, e.g. KB0001 or MI0001."""
    prefix, width = _SEQUENCES[sequence]
    bump = update(Counter).where(Counter.name == sequence).values(value=Counter.value + 1)
    value = session.execute(bump.returning(Counter.value)).scalar_one()
    return f"{prefix}{value:0{width}d}"
