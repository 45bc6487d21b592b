"""The knowledge base: articles with keywords, ranked by the words of a query."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from refdesk.models import Article
from refdesk.seed import next_number

__all__ = ["add_article", "article_json", "find_article", "search"]

_WORD = re.compile(r"\w+")
_STOP = frozenset({"the", "a", "an", "my", "is", "to", "on", "in", "of", "and", "i", "it"})


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def _score(article: Article, words: set[str]) -> int:
    keywords = {k.lower() for k in article.keywords}
    return 3 * len(words & keywords) + 2 * len(words & _words(article.title)) + \
        len(words & _words(article.body))


def search(session: Session, query: str, limit: int = 10) -> list[Article]:
    """Articles matching the query's words, best first (all articles for an empty query)."""
    articles = list(session.scalars(select(Article).order_by(Article.id)))
    words = _words(query)
    if not words:
        return articles[:limit]
    scored = [(_score(a, words), a.id, a) for a in articles]
    return [a for score, _, a in sorted(scored, key=lambda s: (-s[0], s[1])) if score][:limit]


def find_article(session: Session, number: str) -> Article | None:
    """The article with this id, e.g. KB0001."""
    return session.scalars(select(Article).where(Article.number == number)).first()


def add_article(session: Session, title: str, keywords: list[str], body: str) -> Article:
    """Store a new article with the next KB number."""
    article = Article(number=next_number(session, "kb"), title=title, keywords=keywords,
                      body=body)
    session.add(article)
    session.flush()
    return article


def article_json(article: Article) -> dict[str, Any]:
    """The API view of an article."""
    return {"id": article.number, "title": article.title, "keywords": list(article.keywords),
            "body": article.body}
