"""Steps about the caller's side of closure: confirm, reject, survey, knowledge."""

from __future__ import annotations

from pytest_bdd import parsers, then, when

from fixtures.people import Cast
from fixtures.scene import Scene
from greenflag.desk import Desk


@when(parsers.re(r"(?P<name>\w+) confirms the resolution$"))
def confirms(desk: Desk, cast: Cast, scene: Scene, name: str) -> None:
    """The caller confirms the incident is resolved."""
    desk.confirm(cast[name], scene.current().number)


@when(parsers.re(r'(?P<name>\w+) rejects the resolution because "(?P<reason>[^"]+)"$'))
def rejects(desk: Desk, cast: Cast, scene: Scene, name: str, reason: str) -> None:
    """The caller says it is not fixed."""
    desk.reject(cast[name], scene.current().number, reason)


@when(
    parsers.re(
        r"(?P<name>\w+) rates the service (?P<score>[1-5]) out of 5 "
        r'saying "(?P<comment>[^"]+)"$'
    )
)
def rates(desk: Desk, cast: Cast, scene: Scene, name: str, score: str, comment: str) -> None:
    """The caller answers the satisfaction survey."""
    desk.answer_survey(cast[name], scene.current().number, int(score), comment)


@then(parsers.re(r"(?P<name>\w+) can see the linked knowledge article$"))
def sees_article(desk: Desk, cast: Cast, scene: Scene, name: str) -> None:
    """The caller's view of the incident links the article."""
    assert desk.read_incident(cast[name], scene.current().number).kb_article
