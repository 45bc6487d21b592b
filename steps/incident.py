"""Steps about reporting incidents and what the desk makes of them."""

from __future__ import annotations

from pytest_bdd import given, parsers, then, when

from fixtures.people import Cast
from fixtures.scene import Scene
from greenflag.desk import Desk
from greenflag.mailbox import Mailbox
from greenflag.model import IncidentForm, level

REPORTS = r'(?P<name>\w+) reports "(?P<summary>[^"]+)"'
REPORTED = r'(?P<name>\w+) has reported "(?P<summary>[^"]+)"'
LEVELS = r" with impact (?P<impact>\w+) and urgency (?P<urgency>\w+)$"


def _form(datatable: list[list[str]]) -> IncidentForm:
    """A report from a two-column table; rows other than the standard fields are custom."""
    fields = {row[0].strip(): row[1].strip() for row in datatable}
    standard = {
        key.lower(): fields.pop(key)
        for key in list(fields)
        if key.lower() in ("summary", "description", "impact", "urgency")
    }
    return IncidentForm(
        standard["summary"],
        standard.get("description", ""),
        level(standard.get("impact", "low")),
        level(standard.get("urgency", "low")),
        custom=fields,
    )


@when(parsers.parse("{name} reports an incident:"))
def reports_incident(desk: Desk, cast: Cast, scene: Scene, name: str, datatable) -> None:
    """Report an incident with the fields of a two-column table (custom fields by label)."""
    scene.remember(name, desk.submit_incident(cast[name], _form(datatable)))


@when(parsers.parse("{name} tries to report an incident:"))
def tries_to_report(desk: Desk, cast: Cast, scene: Scene, name: str, datatable) -> None:
    """Attempt a report the desk may refuse."""
    scene.attempt(lambda: desk.submit_incident(cast[name], _form(datatable)))


@then(parsers.re(r'its "(?P<label>[^"]+)" is "(?P<value>[^"]+)"$'))
def custom_field_is(desk_api: Desk, scene: Scene, label: str, value: str) -> None:
    """A custom field was captured as the caller gave it."""
    assert scene.current().custom.get(label) == value, f"custom: {scene.current().custom}"
    assert desk_api.inspect(scene.current().number).custom.get(label) == value


@when(parsers.re(REPORTS + LEVELS))
def reports_with_levels(
    desk: Desk, cast: Cast, scene: Scene, name: str, summary: str, impact: str, urgency: str
) -> None:
    """Report an incident through the scenario's channel."""
    form = IncidentForm(summary, f"{summary}, reported by {name}.", level(impact), level(urgency))
    scene.remember(name, desk.submit_incident(cast[name], form))


@given(parsers.re(REPORTED + LEVELS))
def has_reported(
    desk_api: Desk, cast: Cast, scene: Scene, name: str, summary: str, impact: str, urgency: str
) -> None:
    """An incident that exists before the scenario starts, made through the API."""
    form = IncidentForm(summary, f"{summary}, reported by {name}.", level(impact), level(urgency))
    scene.remember(name, desk_api.submit_incident(cast[name], form))


@when(parsers.re(r'(?P<name>\w+) e-mails the desk "(?P<subject>[^"]+)"$'))
def emails_the_desk(desk_api: Desk, cast: Cast, scene: Scene, name: str, subject: str) -> None:
    """Raise an incident by e-mail to the desk's inbound address."""
    scene.remember(name, desk_api.raise_by_email(cast[name], subject, f"{subject}. {name}"))


@then(parsers.parse('the incident is categorised as "{service}"'))
def categorised_as(scene: Scene, service: str) -> None:
    """The desk chose this category / subcategory."""
    assert scene.current().service == service


@then(parsers.parse('it is assigned to the "{group}" group'))
def assigned_to_group(desk_api: Desk, scene: Scene, group: str) -> None:
    """The incident now sits with this assignment group."""
    number = scene.current().number
    assert desk_api.inspect(number).assignment_group == group


@then(parsers.parse('its priority is "{priority}"'))
def priority_is(desk_api: Desk, scene: Scene, priority: str) -> None:
    """The desk set this priority, as 'P2 - High'."""
    assert scene.current().priority_text == priority
    assert desk_api.inspect(scene.current().number).priority_text == priority


@then(parsers.parse('its state is "{state}"'))
def state_is(desk_api: Desk, scene: Scene, state: str) -> None:
    """The incident is in this state now."""
    assert desk_api.inspect(scene.current().number).state == state


@then(parsers.re(r"""(?P<name>\w+)'s incident is "(?P<state>[^"]+)"$"""))
def callers_incident_is(desk_api: Desk, scene: Scene, name: str, state: str) -> None:
    """The incident this caller reported is in this state."""
    assert desk_api.inspect(scene.of(name).number).state == state


@then(parsers.parse("{name} receives an acknowledgement e-mail naming the incident number"))
def acknowledgement_received(mailbox: Mailbox, cast: Cast, scene: Scene, name: str) -> None:
    """The caller got an e-mail that names the incident's number."""
    mailbox.wait_for(to=cast[name].email, containing=scene.current().number)


@then("the desk refuses")
def desk_refuses(scene: Scene) -> None:
    """The last attempted action was refused."""
    assert scene.refusal is not None, "the desk allowed an action it should have refused"


@then(parsers.re(r'the desk refuses, naming "(?P<field>[^"]+)"$'))
def desk_refuses_naming(scene: Scene, field: str) -> None:
    """The refusal says which field is wrong."""
    desk_refuses(scene)
    assert field.lower() in str(scene.refusal).lower(), str(scene.refusal)
