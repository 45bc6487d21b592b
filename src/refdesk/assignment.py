"""Assign incidents: to a group, and within it to an agent by skill, location and strategy."""

from __future__ import annotations

from sqlalchemy import func, select

from refdesk.models import Group, Incident, User
from refdesk.notify import notify
from refdesk.rules.routing import Candidate, choose
from refdesk.timeline import record
from refdesk.users import STAFF_ROLES, find_user
from refdesk.work import Work

__all__ = ["AssignError", "assign", "pick_agent", "set_assignee"]

_DONE = ("Resolved", "Closed", "Cancelled")


class AssignError(Exception):
    """The assignment cannot be made (unknown group or agent)."""


def _open_counts(work: Work) -> dict[int, int]:
    work.session.flush()
    query = (select(Incident.assignee_id, func.count()).where(Incident.state.not_in(_DONE))
             .group_by(Incident.assignee_id))
    return {row[0]: row[1] for row in work.session.execute(query) if row[0] is not None}


def _candidates(work: Work, group: str) -> list[Candidate]:
    members = [u for u in work.session.scalars(select(User).where(User.role.in_(STAFF_ROLES)))
               if group in (u.groups or [])]
    counts = _open_counts(work) if members else {}
    return [Candidate(u.username, frozenset(u.skills or []), u.location or "", u.available,
                      counts.get(u.id, 0), u.last_assigned_at) for u in members]


def pick_agent(work: Work, incident: Incident, group: str) -> User | None:
    """The agent the group's strategy chooses for the incident, or None."""
    found = work.session.get(Group, group)
    strategy = found.strategy if found else "least_loaded"
    skill = work.config.form(f"{incident.category} / {incident.subcategory}").skill
    name = choose(_candidates(work, group), strategy, skill=skill,
                  location=incident.caller.location)
    return find_user(work.session, name) if name else None


def _agent(work: Work, username: str) -> User:
    user = find_user(work.session, username)
    if user is None or user.role not in STAFF_ROLES:
        raise AssignError(f"{username} is not an agent")
    return user


def assign(work: Work, incident: Incident, actor: str, group: str | None,
           assignee: str | None) -> None:
    """Set the group and/or assignee, record it, move New to Assigned and notify."""
    if group and group != incident.assignment_group:
        if work.session.get(Group, group) is None:
            raise AssignError(f"There is no group {group}")
        record(work, incident.number, actor, "assign", "assignment_group",
               incident.assignment_group, group)
        incident.assignment_group = group
    agent = _agent(work, assignee) if assignee else pick_agent(work, incident,
                                                               incident.assignment_group)
    set_assignee(work, incident, actor, agent)


def set_assignee(work: Work, incident: Incident, actor: str, agent: User | None) -> None:
    """Give the incident to an agent (or to nobody), with timeline, SLA and e-mail."""
    before = incident.assignee.username if incident.assignee else None
    after = agent.username if agent else None
    if before != after:
        record(work, incident.number, actor, "assign", "assignee", before, after)
        incident.assignee = agent
    if agent is None:
        return
    agent.last_assigned_at = work.now
    incident.responded_at = incident.responded_at or work.now
    if incident.state == "New":
        record(work, incident.number, actor, "transition", "state", "New", "Assigned")
        incident.state = "Assigned"
    work.session.flush()
    notify(work, "assigned", incident=incident)



