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


@when(parsers.re(r'(?P<name>\w+) rates the service (?P<score>[1-5]) out of 5 '
                 r'saying "(?P<comment>[^"]+)"$'))
def rates(desk: Desk, cast: Cast, scene: Scene, name: str, score: str, comment: str) -> None:
    """The caller answers the satisfaction survey."""
    desk.answer_survey(cast[name], scene.current().number, int(score), comment)


@then(parsers.re(r"(?P<name>\w+) can see the linked knowledge article$"))
def sees_article(desk: Desk, cast: Cast, scene: Scene, name: str) -> None:
    """The caller's view of the incident links the article."""
    assert desk.read_incident(cast[name], scene.current().number).kb_article


@when(parsers.re(r"(?P<name>\w+) tries to open (?P<caller>\w+)'s incident$"))
def tries_to_open(desk: Desk, cast: Cast, scene: Scene, name: str, caller: str) -> None:
    """Attempt to read someone else's incident."""
    scene.attempt(lambda: desk.read_incident(cast[name], scene.of(caller).number))


@when(parsers.re(r'(?P<name>\w+) searches the knowledge base for "(?P<words>[^"]+)"$'))
def searches_kb(desk: Desk, cast: Cast, scene: Scene, name: str, words: str) -> None:
    """A person searches the knowledge base."""
    scene.articles = desk.search_knowledge(cast[name], words)


@then(parsers.re(r'an article about "(?P<topic>[^"]+)" is found$'))
def article_found(scene: Scene, topic: str) -> None:
    """The search found an article on the topic."""
    titles = [article.title for article in scene.articles]
    assert any(topic.lower() in title.lower() for title in titles), f"found: {titles}"


@then(parsers.re(r"the satisfaction report shows an average of (?P<average>[\d.]+) "
                 r"from (?P<count>\d+) answers?$"))
def satisfaction(desk_api: Desk, average: str, count: str) -> None:
    """The satisfaction report's average and number of answers."""
    report = desk_api.report("satisfaction")
    assert (float(report["average"]), int(report["count"])) == (float(average), int(count))


@then(parsers.re(r'the volume report counts (?P<first>\d+) "(?P<a>\w+)" incidents? '
                 r'and (?P<second>\d+) "(?P<b>\w+)" incidents?$'))
def volumes(desk_api: Desk, first: str, a: str, second: str, b: str) -> None:
    """The volume report by category."""
    report = desk_api.report("volumes")
    counts = report.get("by_category", report) if isinstance(report, dict) else report
    assert (counts.get(a), counts.get(b)) == (int(first), int(second)), f"volumes: {report}"


@when(parsers.re(r'(?P<name>\w+) describes (?:her|his|their) problem as "(?P<text>[^"]+)"$'))
def describes(desk: Desk, cast: Cast, scene: Scene, name: str, text: str) -> None:
    """The caller starts reporting; the desk suggests articles as they type."""
    scene.articles = desk.suggest_articles(cast[name], text)


@then(parsers.re(r'(?:she|he|they) (?:is|are) offered an article about "(?P<topic>[^"]+)"$'))
def offered_article(scene: Scene, topic: str) -> None:
    """A suggested article is on the topic."""
    article_found(scene, topic)
