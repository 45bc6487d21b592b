"""Categorise an incident by the first keyword rule its text mentions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from refdesk.config.model import KeywordRule, Routing

__all__ = ["categorise", "mentions"]


@lru_cache(maxsize=512)
def _pattern(keyword: str) -> re.Pattern[str]:
    # Lookarounds rather than \b, so keywords that start or end with punctuation still
    # match as whole words.
    return re.compile(rf"(?<!\w){re.escape(keyword)}(?!\w)", re.IGNORECASE)


def mentions(text: str, keyword: str) -> bool:
    """True if the keyword appears in the text as a whole word, ignoring case."""
    return _pattern(keyword).search(text) is not None


def _first_rule(rules: Sequence[KeywordRule], text: str) -> KeywordRule | None:
    return next((r for r in rules if any(mentions(text, k) for k in r.keywords)), None)


def categorise(
    rules: Sequence[KeywordRule], default: Routing, summary: str, description: str = ""
) -> Routing:
    """Route by the first rule matching the summary, else the description, else the default."""
    rule = _first_rule(rules, summary) or _first_rule(rules, description)
    return rule.routing if rule else default
