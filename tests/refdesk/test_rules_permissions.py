"""Roles and permissions: who may do what, and who may read which incident."""

from __future__ import annotations

import pytest

from refdesk.rules.permissions import (
    ACTIONS,
    DEFAULT_PERMISSIONS,
    ROLES,
    allowed,
    can_read_incident,
)


def may(role: str, action: str) -> bool:
    return allowed(DEFAULT_PERMISSIONS, role, action)


def test_every_role_has_permissions_drawn_from_the_known_actions() -> None:
    assert set(DEFAULT_PERMISSIONS) == set(ROLES)
    for actions in DEFAULT_PERMISSIONS.values():
        assert actions <= set(ACTIONS)


def test_caller_permissions_are_exactly_the_self_service_ones() -> None:
    assert DEFAULT_PERMISSIONS["caller"] == {
        "incident.create", "incident.read_own", "incident.confirm", "incident.comment", "kb.read",
    }  # fmt: skip


@pytest.mark.parametrize("role", ["agent", "team_lead", "major_incident_manager", "admin"])
def test_only_agents_and_above_resolve(role: str) -> None:
    assert may(role, "incident.resolve")


def test_caller_may_not_resolve_assign_or_read_all() -> None:
    for action in ("incident.resolve", "incident.assign", "incident.read_all", "kb.write"):
        assert not may("caller", action)


def test_agent_works_incidents_and_the_knowledge_base_but_does_not_confirm() -> None:
    for action in ("incident.read_all", "incident.update", "incident.comment", "kb.write"):
        assert may("agent", action)
    assert not may("agent", "incident.confirm")
    assert not may("agent", "reports.read")


def test_team_lead_is_an_agent_who_reads_reports() -> None:
    lead = DEFAULT_PERMISSIONS["team_lead"]
    assert lead - DEFAULT_PERMISSIONS["agent"] == {"reports.read"}


@pytest.mark.parametrize("role", ["caller", "agent", "team_lead", "admin"])
def test_only_the_major_incident_manager_declares_besides_admin(role: str) -> None:
    assert may(role, "major.declare") is (role == "admin")


def test_major_incident_manager_is_a_team_lead_with_the_major_procedure() -> None:
    manager = DEFAULT_PERMISSIONS["major_incident_manager"]
    assert manager - DEFAULT_PERMISSIONS["team_lead"] == {
        "major.declare", "major.update", "major.resolve",
    }  # fmt: skip


def test_only_admin_manages_users() -> None:
    assert [role for role in ROLES if may(role, "users.manage")] == ["admin"]


def test_admin_may_do_everything() -> None:
    assert DEFAULT_PERMISSIONS["admin"] == set(ACTIONS)


def test_unknown_role_may_do_nothing() -> None:
    assert not may("visitor", "kb.read")


def test_configured_permissions_replace_the_defaults() -> None:
    permissions = {"caller": frozenset({"kb.read"})}
    assert allowed(permissions, "caller", "kb.read")
    assert not allowed(permissions, "caller", "incident.create")


def test_caller_reads_their_own_incident() -> None:
    assert can_read_incident(DEFAULT_PERMISSIONS, "caller", "carol", caller="carol")


def test_caller_may_not_read_someone_elses_incident() -> None:
    assert not can_read_incident(DEFAULT_PERMISSIONS, "caller", "carol", caller="dave")


@pytest.mark.parametrize("role", ["agent", "team_lead", "major_incident_manager", "admin"])
def test_agents_and_above_read_any_incident(role: str) -> None:
    assert can_read_incident(DEFAULT_PERMISSIONS, role, "ann", caller="dave")


def test_role_without_read_own_may_not_read_even_its_own() -> None:
    permissions = {"caller": frozenset({"incident.create"})}
    assert not can_read_incident(permissions, "caller", "carol", caller="carol")
