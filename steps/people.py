"""Steps that introduce the people of a scenario."""

from __future__ import annotations

from pytest_bdd import given, parsers

from fixtures.people import Cast


@given(parsers.parse("{name}, a caller in {department} at the {location} office"))
def a_caller(cast: Cast, name: str, department: str, location: str) -> None:
    """A caller with a department and an office."""
    cast.introduce(name, "caller", department, location)


@given(parsers.re(r'(?P<name>\w+), an agent in the "(?P<group>[^"]+)" group$'))
def an_agent(cast: Cast, name: str, group: str) -> None:
    """An agent who works in an assignment group."""
    cast.introduce(name, "agent", groups=[group])


@given(parsers.re(r'(?P<first>\w+) and (?P<second>\w+), agents in the "(?P<group>[^"]+)" group$'))
def two_agents(cast: Cast, first: str, second: str, group: str) -> None:
    """Two agents of the same group."""
    for name in (first, second):
        cast.introduce(name, "agent", groups=[group])


@given(parsers.re(r'(?P<name>\w+), the team lead of the "(?P<group>[^"]+)" group$'))
def a_team_lead(cast: Cast, name: str, group: str) -> None:
    """The team lead of an assignment group."""
    cast.introduce(name, "team_lead", groups=[group], lead_of=[group])


@given(parsers.re(r"(?P<name>\w+), a major incident manager$"))
def a_major_incident_manager(cast: Cast, name: str) -> None:
    """A major incident manager."""
    cast.introduce(name, "major_incident_manager")


@given(parsers.re(r"(?P<name>\w+), an? (?P<role>agent|admin)$"))
def a_desk_person(cast: Cast, name: str, role: str) -> None:
    """An agent or admin of the desk."""
    cast.introduce(name, role)
