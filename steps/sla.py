"""Steps about SLA timers, escalations and the e-mails they send."""

from __future__ import annotations

from pytest_bdd import parsers, then

from fixtures.people import Cast
from fixtures.scene import Scene
from greenflag.desk import Desk
from greenflag.model import SlaTimer
from greenflag.timewords import parse_instant


def _resolution(desk_api: Desk, number: str) -> SlaTimer:
    timers = {timer.kind: timer for timer in desk_api.sla_timers(number)}
    assert "resolution" in timers, f"no resolution SLA on {number}: {sorted(timers)}"
    return timers["resolution"]


@then(parsers.parse("its resolution is due on {moment}"))
def resolution_due(desk_api: Desk, scene: Scene, moment: str) -> None:
    """The resolution SLA's deadline, in the desk's words."""
    due = _resolution(desk_api, scene.current().number).due_at
    expected = parse_instant(moment)
    assert due == expected, f"due {due.astimezone(expected.tzinfo):%A %d %B %Y at %H:%M}"


@then(parsers.parse('the resolution SLA is at "{state}"'))
def resolution_state(desk_api: Desk, scene: Scene, state: str) -> None:
    """The resolution SLA is running, paused, at warning, breached or met."""
    assert _resolution(desk_api, scene.current().number).state == state


SENT = r'(?P<name>\w+) is sent an? "(?P<event>[^"]+)" e-mail(?P<about> about the incident)?$'


@then(parsers.re(SENT))
def sent_email(
    desk_api: Desk, mailbox, cast: Cast, scene: Scene, name: str, event: str, about: str | None
) -> None:
    """The desk recorded this event for the person, and the e-mail really arrived."""
    number, address = (scene.current().number if about else ""), cast[name].email
    mailbox.wait_for(to=address, containing=number)
    sent = desk_api.notifications(number)
    assert any(n.is_event(event) and address in n.to for n in sent), f"sent: {sent}"


@then(parsers.re(r"(?P<name>\w+) is sent no e-mail$"))
def sent_nothing(mailbox, cast: Cast, name: str) -> None:
    """Nothing reached this person."""
    address = cast[name].email
    assert not [m for m in mailbox.received() if address in m.recipients]
