"""Steps about who may see and do what."""

from __future__ import annotations

from pytest_bdd import parsers, when

from fixtures.people import Cast
from fixtures.scene import Scene
from greenflag.desk import Desk


@when(parsers.re(r"(?P<name>\w+) tries to open (?P<caller>\w+)'s incident$"))
def tries_to_open(desk: Desk, cast: Cast, scene: Scene, name: str, caller: str) -> None:
    """Attempt to read someone else's incident."""
    scene.attempt(lambda: desk.read_incident(cast[name], scene.of(caller).number))
