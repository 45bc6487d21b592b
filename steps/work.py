"""Steps about agents working an incident: take, move, hold, re-prioritise, resolve."""

from __future__ import annotations

from datetime import timedelta

from pytest_bdd import given, parsers, then, when

from fixtures.people import Cast
from fixtures.scene import Scene
from greenflag.clock import Clock
from greenflag.desk import Desk
from greenflag.model import IncidentForm, level


@given(parsers.re(r"(?P<name>\w+) takes the incident$"))
@when(parsers.re(r"(?P<name>\w+) takes the incident$"))
def takes(desk: Desk, cast: Cast, scene: Scene, name: str) -> None:
    """An agent assigns the current incident to themself."""
    desk.assign(cast[name], scene.current().number, assignee=cast[name].username)


@when(parsers.re(r'(?P<name>\w+) reassigns the incident to the "(?P<group>[^"]+)" group$'))
def reassigns(desk: Desk, cast: Cast, scene: Scene, name: str, group: str) -> None:
    """An agent hands the incident to another group."""
    desk.assign(cast[name], scene.current().number, group=group)


@when("the service desk dispatches the incident within its group")
def dispatched(desk_api: Desk, scene: Scene) -> None:
    """The dispatcher hands the incident to the group it was routed to; the group picks."""
    incident = desk_api.inspect(scene.current().number)
    desk_api.assign(desk_api.admin, incident.number, group=incident.assignment_group)


@when(parsers.re(r"(?P<name>\w+) (?:starts|resumes) work on the incident$"))
def starts_work(desk: Desk, cast: Cast, scene: Scene, name: str) -> None:
    """An agent moves the incident to In Progress."""
    desk.move(cast[name], scene.current().number, "In Progress")


@when(parsers.re(r"(?P<name>\w+) puts the incident on hold (?P<reason>awaiting \w+)$"))
def puts_on_hold(desk: Desk, cast: Cast, scene: Scene, name: str, reason: str) -> None:
    """An agent puts the incident On Hold with a reason."""
    desk.move(cast[name], scene.current().number, "On Hold", reason)


@when(parsers.re(r'(?P<name>\w+) tries to move the incident to "(?P<state>[^"]+)"$'))
def tries_to_move(desk: Desk, cast: Cast, scene: Scene, name: str, state: str) -> None:
    """Attempt a transition the desk may refuse."""
    scene.attempt(lambda: desk.move(cast[name], scene.current().number, state))


@when(
    parsers.re(
        r"(?P<name>\w+) raises the incident to impact (?P<impact>\w+) "
        r"and urgency (?P<urgency>\w+)$"
    )
)
def reprioritises(
    desk: Desk, cast: Cast, scene: Scene, name: str, impact: str, urgency: str
) -> None:
    """An agent changes impact and urgency."""
    scene.incident = desk.reprioritise(
        cast[name], scene.current().number, level(impact), level(urgency)
    )


@when(
    parsers.re(
        r'(?P<name>\w+) resolves the incident with code "(?P<code>[^"]+)" '
        r'and notes "(?P<notes>[^"]+)"$'
    )
)
def resolves(desk: Desk, cast: Cast, scene: Scene, name: str, code: str, notes: str) -> None:
    """An agent resolves the incident."""
    desk.resolve(cast[name], scene.current().number, code, notes)


@when(
    parsers.re(
        r'(?P<name>\w+) resolves the incident with code "(?P<code>[^"]+)" '
        r'and notes "(?P<notes>[^"]+)" linking the article about "(?P<words>[^"]+)"$'
    )
)
def resolves_with_article(
    desk: Desk, cast: Cast, scene: Scene, name: str, code: str, notes: str, words: str
) -> None:
    """An agent resolves the incident and points the caller to a knowledge article."""
    article = desk.search_knowledge(cast[name], words)[0]
    desk.resolve(cast[name], scene.current().number, code, notes, article.id)


@when(
    parsers.re(
        r'(?P<name>\w+) tries to resolve the incident with code "(?P<code>[^"]+)" '
        r'and notes "(?P<notes>[^"]+)"$'
    )
)
def tries_to_resolve(
    desk: Desk, cast: Cast, scene: Scene, name: str, code: str, notes: str
) -> None:
    """Attempt a resolution the desk may refuse."""
    scene.attempt(lambda: desk.resolve(cast[name], scene.current().number, code, notes))


@given(parsers.re(r"(?P<name>\w+) already works on (?P<count>\d+) incidents?$"))
def already_works_on(desk_api: Desk, cast: Cast, clock: Clock, name: str, count: str) -> None:
    """Give an agent open work, assigned a minute apart, through the API."""
    caller = cast.get("Filler") or cast.introduce("Filler", "caller", "Operations", "London")
    for index in range(int(count)):
        form = IncidentForm(f"Background task {index + 1}", "Existing workload.", 3, 3)
        number = desk_api.submit_incident(caller, form).number
        desk_api.assign(desk_api.admin, number, assignee=cast[name].username)
        clock.advance(timedelta(minutes=1))


@then(parsers.re(r"it is assigned to (?P<name>[A-Z]\w+)$"))
def assigned_to(desk_api: Desk, cast: Cast, scene: Scene, name: str) -> None:
    """The incident's assignee is this agent."""
    assert desk_api.inspect(scene.current().number).assignee == cast[name].username


@then(
    parsers.re(
        r'the timeline records the (?P<field>[\w ]+) changing from "(?P<before>[^"]+)" '
        r'to "(?P<after>[^"]+)"$'
    )
)
def timeline_records(desk_api: Desk, scene: Scene, field: str, before: str, after: str) -> None:
    """The audit timeline holds this change."""
    changes = [
        (e.before, e.after)
        for e in desk_api.timeline(scene.current().number)
        if e.field.replace("_", " ").lower() == field.lower()
    ]
    assert (before, after) in changes, f"{field} changes recorded: {changes}"
