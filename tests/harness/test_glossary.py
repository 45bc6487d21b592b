"""The step glossary a business tester reads."""

from __future__ import annotations

from pathlib import Path

from greenflag.glossary import glossary, markdown

PACK = Path(__file__).resolve().parents[2]


def test_every_step_has_a_plain_sentence_and_a_description():
    rows = [row for area in glossary(PACK).values() for row in area]
    assert len(rows) > 40
    assert [sentence for sentence, doc in rows if not doc] == []
    assert not [sentence for sentence, _ in rows if "(?P<" in sentence or "\\" in sentence]


def test_the_page_is_grouped_by_area():
    page = markdown(PACK)
    assert "## SLA" in page and "## Major" in page
    assert "`Given it is {moment}`" in page
