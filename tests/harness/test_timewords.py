"""Time in a tester's words."""

from __future__ import annotations

from datetime import timedelta

import pytest

from greenflag.timewords import parse_duration, parse_instant


def test_an_instant_in_words_is_local_time_in_london():
    when = parse_instant("Friday 14 March 2025 at 16:00")
    assert (when.year, when.month, when.day, when.hour) == (2025, 3, 14, 16)
    assert when.utcoffset() == timedelta(0)


def test_summer_time_is_respected():
    assert parse_instant("Monday 7 July 2025 at 09:00").utcoffset() == timedelta(hours=1)


def test_a_wrong_weekday_is_named():
    with pytest.raises(ValueError, match="that day is a Friday, not a Monday"):
        parse_instant("Monday 14 March 2025 at 16:00")


def test_a_shapeless_instant_says_how_to_write_it():
    with pytest.raises(ValueError, match="Friday 14 March 2025 at 16:00"):
        parse_instant("next Tuesday")


@pytest.mark.parametrize(("text", "delta"), [
    ("3 hours", timedelta(hours=3)),
    ("1 hour", timedelta(hours=1)),
    ("45 minutes", timedelta(minutes=45)),
    ("2 days", timedelta(days=2)),
])
def test_durations(text, delta):
    assert parse_duration(text) == delta


def test_a_shapeless_duration_is_refused():
    with pytest.raises(ValueError, match="3 hours"):
        parse_duration("a while")
