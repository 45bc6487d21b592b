"""Steps about time: the scenario's clock moves harness, browser and desk together."""

from __future__ import annotations

from pytest_bdd import given, parsers, when

from greenflag.clock import Clock
from greenflag.timewords import add_working_days, parse_duration, parse_instant


@given(parsers.parse("it is {moment}"))
def it_is(clock: Clock, moment: str) -> None:
    """Set the time everywhere, e.g. 'it is Friday 14 March 2025 at 16:00'."""
    clock.set(parse_instant(moment))


@when(parsers.re(r"(?P<duration>\d+ (?:minute|hour|day|week)s?) passe?s?$"))
def time_passes(clock: Clock, duration: str) -> None:
    """Move time forward, e.g. '3 hours pass'."""
    clock.advance(parse_duration(duration))


@when(parsers.re(r"(?P<days>\d+) business days? passe?s?$"))
def business_days_pass(clock: Clock, days: str) -> None:
    """Move time forward by working days (Monday to Friday), e.g. '2 business days pass'."""
    clock.set(add_working_days(clock.now, int(days)))
