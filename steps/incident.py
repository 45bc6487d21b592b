"""Steps about reporting incidents and what the desk makes of them."""

from __future__ import annotations

from pytest_bdd import parsers, then, when

from fixtures.people import Cast
from fixtures.scene import Scene
from greenflag.desk import Desk
from greenflag.mailbox import Mailbox
from greenflag.model import IncidentForm, level


@when(parsers.parse("{name} reports an incident:"))
def reports_incident(desk: Desk, cast: Cast, scene: Scene, name: str, datatable) -> None:
    """Report an incident with the fields of a two-column table."""
    fields = {row[0].strip().lower(): row[1].strip() for row in datatable}
    form = IncidentForm(fields["summary"], fields.get("description", ""),
                        level(fields.get("impact", "low")), level(fields.get("urgency", "low")))
    scene.incident = desk.submit_incident(cast[name], form)


@when(parsers.parse('{name} reports "{summary}" with impact {impact} and urgency {urgency}'))
def reports_with_levels(desk: Desk, cast: Cast, scene: Scene, name: str, summary: str,
                        impact: str, urgency: str) -> None:
    """Report an incident with a given impact and urgency."""
    form = IncidentForm(summary, f"{summary}, reported by {name}.", level(impact), level(urgency))
    scene.incident = desk.submit_incident(cast[name], form)


@then(parsers.parse('the incident is categorised as "{service}"'))
def categorised_as(scene: Scene, service: str) -> None:
    """The desk chose this category / subcategory."""
    assert scene.current().service == service


@then(parsers.parse('it is assigned to the "{group}" group'))
def assigned_to_group(scene: Scene, group: str) -> None:
    """The desk routed it to this assignment group."""
    assert scene.current().assignment_group == group


@then(parsers.parse('its priority is "{priority}"'))
def priority_is(scene: Scene, priority: str) -> None:
    """The desk set this priority, as 'P2 - High'."""
    assert scene.current().priority_text == priority


@then(parsers.parse('its state is "{state}"'))
def state_is(scene: Scene, state: str) -> None:
    """The incident is in this state."""
    assert scene.current().state == state


@then(parsers.parse("{name} receives an acknowledgement e-mail naming the incident number"))
def acknowledgement_received(mailbox: Mailbox, cast: Cast, scene: Scene, name: str) -> None:
    """The caller got an e-mail that names the incident's number."""
    mailbox.wait_for(to=cast[name].email, containing=scene.current().number)
