"""Steps about the knowledge base: search and suggestions."""

from __future__ import annotations

from pytest_bdd import parsers, then, when

from fixtures.people import Cast
from fixtures.scene import Scene
from greenflag.desk import Desk


@when(parsers.re(r'(?P<name>\w+) searches the knowledge base for "(?P<words>[^"]+)"$'))
def searches_kb(desk: Desk, cast: Cast, scene: Scene, name: str, words: str) -> None:
    """A person searches the knowledge base."""
    scene.articles = desk.search_knowledge(cast[name], words)


@then(parsers.re(r'an article about "(?P<topic>[^"]+)" is found$'))
def article_found(scene: Scene, topic: str) -> None:
    """The search found an article on the topic."""
    titles = [article.title for article in scene.articles]
    assert any(topic.lower() in title.lower() for title in titles), f"found: {titles}"


@when(parsers.re(r'(?P<name>\w+) describes (?:her|his|their) problem as "(?P<text>[^"]+)"$'))
def describes(desk: Desk, cast: Cast, scene: Scene, name: str, text: str) -> None:
    """The caller starts reporting; the desk suggests articles as they type."""
    scene.articles = desk.suggest_articles(cast[name], text)


@then(parsers.re(r'(?:she|he|they) (?:is|are) offered an article about "(?P<topic>[^"]+)"$'))
def offered_article(scene: Scene, topic: str) -> None:
    """A suggested article is on the topic."""
    article_found(scene, topic)
