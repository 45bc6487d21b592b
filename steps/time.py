"""Steps about time: the scenario's clock moves harness, browser and desk together."""

from __future__ import annotations

from pytest_bdd import given, parsers, when

from greenflag.clock import Clock
from greenflag.timewords import parse_duration, parse_instant


@given(parsers.parse("it is {moment}"))
def it_is(clock: Clock, moment: str) -> None:
    """Set the time everywhere, e.g. 'it is Friday 14 March 2025 at 16:00'."""
    clock.set(parse_instant(moment))


@when(parsers.re(r"(?P<duration>\d+ \w+) passe?s?$"))
def time_passes(clock: Clock, duration: str) -> None:
    """Move time forward, e.g. '3 hours pass'."""
    clock.advance(parse_duration(duration))
