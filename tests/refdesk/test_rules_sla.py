"""SLA clocks: elapsed business time, due instants, pauses, states and crossings."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from refdesk.rules.calendar import Calendar
from refdesk.rules.sla import Pause, crossings, due_at, elapsed, evaluate

LONDON = ZoneInfo("Europe/London")
OFFICE = Calendar("office", "Europe/London", {d: (time(9), time(17)) for d in range(5)})
ALWAYS = Calendar("24x7", "UTC", None)
FOUR_HOURS = timedelta(hours=4)


def london(*args: int) -> datetime:
    return datetime(*args, tzinfo=LONDON)


def utc(hour: int, minute: int = 0, day: int = 2) -> datetime:
    """An instant on Monday 2 June 2025 (or another June day), in UTC."""
    return datetime(2025, 6, day, hour, minute, tzinfo=UTC)


def hours(n: float) -> timedelta:
    return timedelta(hours=n)


START = utc(8)  # a 4-hour 24×7 SLA from 08:00: warning at 11:00, due at 12:00


def test_elapsed_without_pauses_is_the_business_time() -> None:
    assert elapsed(OFFICE, london(2025, 6, 6, 16), london(2025, 6, 9, 11), []) == hours(3)


def test_elapsed_leaves_out_a_closed_pause() -> None:
    assert elapsed(ALWAYS, START, utc(12), [(utc(9), utc(10))]) == hours(3)


def test_elapsed_stops_at_an_open_pause() -> None:
    assert elapsed(ALWAYS, START, utc(20), [(utc(9), None)]) == hours(1)


def test_elapsed_ignores_pauses_after_now() -> None:
    assert elapsed(ALWAYS, START, utc(10), [(utc(11), utc(12))]) == hours(2)


def test_pause_before_the_start_only_counts_from_the_start() -> None:
    assert elapsed(ALWAYS, START, utc(12), [(utc(6), utc(9))]) == hours(3)


def test_overlapping_pauses_are_not_counted_twice() -> None:
    pauses: list[Pause] = [(utc(9), utc(11)), (utc(10), utc(10, 30))]
    assert elapsed(ALWAYS, START, utc(12), pauses) == hours(2)


def test_pause_outside_business_hours_changes_nothing() -> None:
    pauses: list[Pause] = [(london(2025, 6, 6, 18), london(2025, 6, 9, 8))]
    assert elapsed(OFFICE, london(2025, 6, 6, 16), london(2025, 6, 9, 11), pauses) == hours(3)


def test_due_without_pauses_is_start_plus_target_in_business_time() -> None:
    assert due_at(OFFICE, london(2025, 6, 6, 16), FOUR_HOURS, []) == london(2025, 6, 9, 12)


def test_closed_pause_pushes_the_due_instant_by_its_length() -> None:
    assert due_at(ALWAYS, START, FOUR_HOURS, [(utc(9), utc(10, 30))]) == utc(13, 30)


def test_pause_after_the_due_instant_does_not_move_it() -> None:
    assert due_at(ALWAYS, START, FOUR_HOURS, [(utc(12), utc(14))]) == utc(12)


def test_pause_over_a_business_weekend_counts_only_business_hours() -> None:
    # On hold from Friday 16:00 to Monday 10:00 holds back 1 + 1 business hours.
    pauses: list[Pause] = [(london(2025, 6, 6, 16), london(2025, 6, 9, 10))]
    due = due_at(OFFICE, london(2025, 6, 6, 15), FOUR_HOURS, pauses)
    assert due == london(2025, 6, 9, 13)


def test_open_pause_gives_the_due_instant_as_if_resumed_at_its_start() -> None:
    assert due_at(ALWAYS, START, FOUR_HOURS, [(utc(9), None)]) == utc(12)


@pytest.mark.parametrize(
    ("now", "state"),
    [(utc(9), "running"), (utc(11), "warning"), (utc(12), "warning"), (utc(12, 1), "breached")],
    ids=["running", "warning-at-75-percent", "due-but-not-yet-breached", "breached-after-due"],
)
def test_state_follows_the_clock(now: datetime, state: str) -> None:
    assert evaluate(ALWAYS, START, FOUR_HOURS, [], now).state == state


def test_state_reports_elapsed_percent_and_due() -> None:
    sla = evaluate(ALWAYS, START, FOUR_HOURS, [], utc(10))
    assert (sla.elapsed, sla.target, sla.due_at, sla.percent) == (
        hours(2),
        FOUR_HOURS,
        utc(12),
        50.0,
    )


def test_custom_warning_threshold() -> None:
    assert evaluate(ALWAYS, START, FOUR_HOURS, [], utc(10), warn_at=0.5).state == "warning"


def test_open_pause_shows_paused_and_freezes_elapsed() -> None:
    sla = evaluate(ALWAYS, START, FOUR_HOURS, [(utc(11, 30), None)], utc(20))
    assert (sla.state, sla.elapsed) == ("paused", hours(3.5))


def test_breached_outranks_paused_when_the_pause_came_after_due() -> None:
    assert evaluate(ALWAYS, START, FOUR_HOURS, [(utc(13), None)], utc(14)).state == "breached"


def test_resumed_sla_runs_again_from_where_it_stopped() -> None:
    sla = evaluate(ALWAYS, START, FOUR_HOURS, [(utc(9), utc(10))], utc(12))
    assert (sla.state, sla.elapsed, sla.due_at) == ("warning", hours(3), utc(13))


def test_unanswered_at_a_closed_weekend_past_due_is_breached() -> None:
    # Due Friday 17:00; on Saturday no business time runs, but the due instant has passed.
    sla = evaluate(OFFICE, london(2025, 6, 6, 13), FOUR_HOURS, [], london(2025, 6, 7, 10))
    assert (sla.state, sla.elapsed) == ("breached", FOUR_HOURS)


@pytest.mark.parametrize(
    ("stopped_at", "state"),
    [(utc(10), "met"), (utc(12), "met"), (utc(12, 1), "breached")],
    ids=["early", "exactly-at-due", "late"],
)
def test_stopped_sla_is_met_or_breached(stopped_at: datetime, state: str) -> None:
    sla = evaluate(ALWAYS, START, FOUR_HOURS, [], utc(23), stopped_at=stopped_at)
    assert sla.state == state
    assert sla.elapsed == stopped_at - START


def test_stopped_while_paused_before_due_is_met() -> None:
    sla = evaluate(ALWAYS, START, FOUR_HOURS, [(utc(9), None)], utc(23), stopped_at=utc(20))
    assert sla.state == "met"


def test_one_clock_jump_reports_warning_then_breach_in_order() -> None:
    found = crossings(ALWAYS, START, FOUR_HOURS, [], utc(9), utc(20), 0.75)
    assert found == [(utc(11), "warning"), (utc(12), "breach")]


def test_no_crossings_before_the_warning() -> None:
    assert crossings(ALWAYS, START, FOUR_HOURS, [], START, utc(10, 59), 0.75) == []


def test_a_warning_already_passed_is_not_reported_again() -> None:
    assert crossings(ALWAYS, START, FOUR_HOURS, [], utc(11), utc(20), 0.75) == [(utc(12), "breach")]


def test_consecutive_windows_report_each_crossing_exactly_once() -> None:
    edges = [START, utc(11), utc(12), utc(13)]
    found = [
        crossing
        for after, until in pairwise(edges)
        for crossing in crossings(ALWAYS, START, FOUR_HOURS, [], after, until, 0.75)
    ]
    assert found == [(utc(11), "warning"), (utc(12), "breach")]


def test_breach_window_agrees_with_evaluate_at_the_due_instant() -> None:
    assert crossings(ALWAYS, START, FOUR_HOURS, [], utc(11), utc(12), 0.75) == []
    assert evaluate(ALWAYS, START, FOUR_HOURS, [], utc(12)).state == "warning"


def test_closed_pause_delays_the_crossings() -> None:
    found = crossings(ALWAYS, START, FOUR_HOURS, [(utc(9), utc(11))], START, utc(23), 0.75)
    assert found == [(utc(13), "warning"), (utc(14), "breach")]


def test_open_pause_stops_further_crossings() -> None:
    found = crossings(ALWAYS, START, FOUR_HOURS, [(utc(11, 30), None)], START, utc(23), 0.75)
    assert found == [(utc(11), "warning")]


def test_business_hours_crossings_land_in_opening_hours() -> None:
    found = crossings(
        OFFICE,
        london(2025, 6, 6, 16),
        FOUR_HOURS,
        [],
        london(2025, 6, 6, 16),
        london(2025, 6, 10),
        0.75,
    )
    assert found == [(london(2025, 6, 9, 11), "warning"), (london(2025, 6, 9, 12), "breach")]
