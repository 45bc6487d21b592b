"""Steps that introduce the people of a scenario."""

from __future__ import annotations

from pytest_bdd import given, parsers

from fixtures.people import Cast


@given(parsers.parse("{name}, a caller in {department} at the {location} office"))
def a_caller(cast: Cast, name: str, department: str, location: str) -> None:
    """A caller with a department and an office."""
    cast.introduce(name, "caller", department, location)


@given(parsers.re(r"(?P<name>\w+), an? (?P<role>agent|admin)$"))
def a_desk_person(cast: Cast, name: str, role: str) -> None:
    """An agent or admin of the desk."""
    cast.introduce(name, role)
