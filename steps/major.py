"""Steps about major incidents: declare, link, broadcast, remind, resolve."""

from __future__ import annotations

from pytest_bdd import parsers, then, when

from fixtures.people import Cast
from fixtures.scene import Scene
from greenflag.desk import Desk
from greenflag.mailbox import Mailbox
from greenflag.webhook import ChatSink

DECLARE = r'declares? a major incident "(?P<title>[^"]+)" from (?P<caller>\w+)\'s incident$'


@when(parsers.re(r"(?P<name>\w+) " + DECLARE))
def declares(desk: Desk, cast: Cast, scene: Scene, name: str, title: str, caller: str) -> None:
    """A major incident manager declares a major incident."""
    scene.major = desk.declare_major(cast[name], scene.of(caller).number, title).id


@when(parsers.re(r"(?P<name>\w+) tries to " + DECLARE.replace("declares?", "declare")))
def tries_to_declare(
    desk: Desk, cast: Cast, scene: Scene, name: str, title: str, caller: str
) -> None:
    """Attempt a declaration the desk may refuse."""
    scene.attempt(lambda: desk.declare_major(cast[name], scene.of(caller).number, title))


@when(parsers.re(r"(?P<name>\w+) links (?P<caller>\w+)'s incident to the major incident$"))
def links(desk: Desk, cast: Cast, scene: Scene, name: str, caller: str) -> None:
    """Link a caller's incident as a child."""
    desk.link_child(cast[name], scene.major, scene.of(caller).number)


@when(parsers.re(r'(?P<name>\w+) posts the update "(?P<text>[^"]+)"$'))
def posts_update(desk: Desk, cast: Cast, scene: Scene, name: str, text: str) -> None:
    """Broadcast a status update."""
    desk.post_update(cast[name], scene.major, text)


@when(parsers.re(r'(?P<name>\w+) resolves the major incident with notes "(?P<notes>[^"]+)"$'))
def resolves_major(desk: Desk, cast: Cast, scene: Scene, name: str, notes: str) -> None:
    """Resolve the major incident."""
    desk.resolve_major(cast[name], scene.major, notes)


@then("the major incident lists both incidents")
def lists_both(desk_api: Desk, scene: Scene) -> None:
    """Every incident of the scenario is part of the major incident."""
    major = desk_api.read_major(desk_api.admin, scene.major)
    linked = {major.incident, *major.children}
    assert {i.number for i in scene.by_caller.values()} <= linked, f"linked: {sorted(linked)}"


@then(parsers.re(r"the major incident's timeline shows it was (?P<action>\w+) by (?P<name>\w+)$"))
def timeline_shows(desk_api: Desk, cast: Cast, scene: Scene, action: str, name: str) -> None:
    """The bridge record shows who did it."""
    major = desk_api.read_major(desk_api.admin, scene.major)
    stem = action.removesuffix("d").removesuffix("e")
    seen = [(e.action, e.actor) for e in major.timeline]
    assert any(stem in a.lower() and who == cast[name].username for a, who in seen), seen


@then(parsers.re(r'the stakeholders are sent an? "(?P<event>[^"]+)" e-mail$'))
def stakeholders_sent(desk_api: Desk, mailbox: Mailbox, event: str) -> None:
    """The desk e-mailed the stakeholders for this event."""
    sent = [n for n in desk_api.notifications() if n.is_event(event)]
    assert sent and sent[-1].to, f"no {event!r} e-mail recorded"
    mailbox.wait_for(to=sent[-1].to[0])


@then(parsers.re(r'the chat channel receives "(?P<text>[^"]+)"$'))
def chat_receives(chat: ChatSink, text: str) -> None:
    """The chat webhook got a post containing the text."""
    assert any(text in post for post in chat.texts()), f"chat posts: {chat.texts()}"
