"""Roles and the actions each may take; callers read only their own incidents."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["ACTIONS", "DEFAULT_PERMISSIONS", "ROLES", "allowed", "can_read_incident"]

ROLES = ("caller", "agent", "team_lead", "major_incident_manager", "admin")

ACTIONS = (
    "incident.create",
    "incident.read_own",
    "incident.read_all",
    "incident.assign",
    "incident.update",
    "incident.resolve",
    "incident.confirm",
    "incident.comment",
    "major.declare",
    "major.update",
    "major.resolve",
    "kb.read",
    "kb.write",
    "reports.read",
    "users.manage",
)

_CALLER = frozenset(
    {"incident.create", "incident.read_own", "incident.confirm", "incident.comment", "kb.read"}
)
_AGENT = frozenset(
    a for a in ACTIONS if a.startswith(("incident.", "kb.")) and a != "incident.confirm"
)
_TEAM_LEAD = _AGENT | {"reports.read"}
_MAJOR_INCIDENT_MANAGER = _TEAM_LEAD | {a for a in ACTIONS if a.startswith("major.")}

DEFAULT_PERMISSIONS: dict[str, frozenset[str]] = {
    "caller": _CALLER,
    "agent": _AGENT,
    "team_lead": _TEAM_LEAD,
    "major_incident_manager": _MAJOR_INCIDENT_MANAGER,
    "admin": frozenset(ACTIONS),
}


def allowed(permissions: Mapping[str, frozenset[str]], role: str, action: str) -> bool:
    """True if the role may take the action; an unknown role may take none."""
    return action in permissions.get(role, frozenset())


def can_read_incident(
    permissions: Mapping[str, frozenset[str]], role: str, username: str, caller: str
) -> bool:
    """True if the user may read an incident raised by ``caller``: all, or their own."""
    if allowed(permissions, role, "incident.read_all"):
        return True
    return username == caller and allowed(permissions, role, "incident.read_own")
