"""Business-time arithmetic: opening hours, weekends, holidays, DST, and 24×7 calendars."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from refdesk.rules.calendar import (
    Calendar,
    add_business_days,
    add_business_time,
    business_time_between,
)

LONDON = ZoneInfo("Europe/London")
EARLY_MAY_BANK_HOLIDAY = date(2025, 5, 5)


def weekdays(opens: int, closes: int, days: range = range(5)) -> dict[int, tuple[time, time]]:
    """The same opening hours on each of the given weekdays."""
    return {day: (time(opens), time(closes)) for day in days}


OFFICE = Calendar("office", "Europe/London", weekdays(8, 18))
SEED = Calendar("seed", "Europe/London", weekdays(9, 17))
UK_WITH_HOLIDAY = Calendar(
    "uk", "Europe/London", weekdays(9, 17), frozenset({EARLY_MAY_BANK_HOLIDAY})
)
EVERY_DAY = Calendar("every day", "Europe/London", weekdays(8, 18, range(7)))
ALWAYS = Calendar("24x7", "Europe/London", None)


def london(*args: int) -> datetime:
    return datetime(*args, tzinfo=LONDON)


def hours(n: float) -> timedelta:
    return timedelta(hours=n)


def test_friday_16_plus_4_business_hours_is_monday_10_on_8_to_18() -> None:
    assert add_business_time(OFFICE, london(2025, 6, 6, 16), hours(4)) == london(2025, 6, 9, 10)


def test_friday_16_plus_4_business_hours_is_monday_12_on_9_to_17() -> None:
    assert add_business_time(SEED, london(2025, 6, 6, 16), hours(4)) == london(2025, 6, 9, 12)


def test_time_within_one_day_stays_on_that_day() -> None:
    assert add_business_time(SEED, london(2025, 6, 4, 9, 30), hours(2)) == london(
        2025, 6, 4, 11, 30
    )


def test_start_before_opening_counts_from_opening() -> None:
    assert add_business_time(SEED, london(2025, 6, 4, 6), hours(1)) == london(2025, 6, 4, 10)


def test_start_at_the_weekend_counts_from_monday_opening() -> None:
    assert add_business_time(SEED, london(2025, 6, 7, 12), hours(3)) == london(2025, 6, 9, 12)


def test_landing_exactly_on_closing_time_stays_at_closing() -> None:
    assert add_business_time(SEED, london(2025, 6, 4, 13), hours(4)) == london(2025, 6, 4, 17)


def test_several_business_days_of_time_span_the_weekend() -> None:
    assert add_business_time(SEED, london(2025, 6, 5, 9), hours(24)) == london(2025, 6, 9, 17)


def test_zero_duration_returns_the_start_even_when_closed() -> None:
    start = london(2025, 6, 7, 12)
    assert add_business_time(SEED, start, timedelta(0)) == start


def test_negative_duration_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        add_business_time(SEED, london(2025, 6, 4, 9), hours(-1))


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        add_business_time(SEED, datetime(2025, 6, 4, 9), hours(1))


def test_result_keeps_the_start_time_zone() -> None:
    start = datetime(2025, 6, 6, 15, tzinfo=UTC)  # 16:00 in London
    result = add_business_time(SEED, start, hours(4))
    assert result.tzinfo is UTC
    assert result == london(2025, 6, 9, 12)


def test_public_holiday_pushes_friday_work_into_tuesday() -> None:
    due = add_business_time(UK_WITH_HOLIDAY, london(2025, 5, 2, 16), hours(4))
    assert due == london(2025, 5, 6, 12)


def test_without_the_holiday_the_same_work_ends_on_monday() -> None:
    assert add_business_time(SEED, london(2025, 5, 2, 16), hours(4)) == london(2025, 5, 5, 12)


def test_spring_forward_keeps_wall_clock_business_hours() -> None:
    # Friday 28 March is GMT; Monday 31 March is BST, after 30 March 2025.
    due = add_business_time(SEED, london(2025, 3, 28, 16), hours(4))
    assert due == london(2025, 3, 31, 12)
    assert due.utcoffset() == hours(1)


def test_fall_back_keeps_wall_clock_business_hours() -> None:
    due = add_business_time(SEED, london(2025, 10, 24, 16), hours(4))
    assert due == london(2025, 10, 27, 12)
    assert due.utcoffset() == timedelta(0)


@pytest.mark.parametrize("dst_sunday", [date(2025, 3, 30), date(2025, 10, 26)])
def test_dst_sunday_still_has_ten_business_hours_on_a_seven_day_calendar(
    dst_sunday: date,
) -> None:
    day = datetime.combine(dst_sunday, time(0), tzinfo=LONDON)
    assert business_time_between(EVERY_DAY, day, day + timedelta(days=1)) == hours(10)
    start = datetime.combine(dst_sunday, time(8), tzinfo=LONDON)
    assert add_business_time(EVERY_DAY, start, hours(10)) == start.replace(hour=18)


def test_24x7_counts_real_elapsed_time_over_spring_forward() -> None:
    # Saturday noon GMT plus 24 real hours is Sunday 13:00 BST.
    assert add_business_time(ALWAYS, london(2025, 3, 29, 12), hours(24)) == london(2025, 3, 30, 13)


def test_24x7_counts_real_elapsed_time_over_fall_back() -> None:
    assert add_business_time(ALWAYS, london(2025, 10, 25, 12), hours(24)) == london(
        2025, 10, 26, 11
    )


@pytest.mark.parametrize(
    ("saturday", "expected"),
    [(london(2025, 3, 29), hours(47)), (london(2025, 10, 25), hours(49))],
)
def test_24x7_weekend_of_a_dst_change_is_its_real_length(
    saturday: datetime, expected: timedelta
) -> None:
    monday = saturday.replace(day=saturday.day + 2)
    assert business_time_between(ALWAYS, saturday, monday) == expected


def test_24x7_ignores_weekends_and_holidays() -> None:
    calendar = Calendar("24x7", "Europe/London", None, frozenset({EARLY_MAY_BANK_HOLIDAY}))
    assert add_business_time(calendar, london(2025, 5, 2, 16), hours(4)) == london(2025, 5, 2, 20)


def test_business_time_between_counts_only_opening_hours() -> None:
    elapsed = business_time_between(SEED, london(2025, 6, 6, 16), london(2025, 6, 9, 12))
    assert elapsed == hours(4)


def test_business_time_between_skips_holidays() -> None:
    start, end = london(2025, 5, 2, 16), london(2025, 5, 6, 12)
    assert business_time_between(UK_WITH_HOLIDAY, start, end) == hours(4)


def test_business_time_between_is_zero_when_end_is_not_after_start() -> None:
    start = london(2025, 6, 4, 12)
    assert business_time_between(SEED, start, start) == timedelta(0)
    assert business_time_between(SEED, start, start - hours(2)) == timedelta(0)


def test_business_time_between_inverts_add_business_time() -> None:
    start = london(2025, 3, 27, 11, 15)
    for duration in (hours(0.5), hours(7), hours(23), hours(61)):
        end = add_business_time(UK_WITH_HOLIDAY, start, duration)
        assert business_time_between(UK_WITH_HOLIDAY, start, end) == duration


def test_business_days_skip_the_weekend() -> None:
    assert add_business_days(SEED, london(2025, 6, 5, 14), 2) == london(2025, 6, 9, 14)


def test_business_days_skip_holidays() -> None:
    assert add_business_days(UK_WITH_HOLIDAY, london(2025, 5, 2, 14), 1) == london(2025, 5, 6, 14)


def test_business_days_keep_local_time_across_dst() -> None:
    assert add_business_days(SEED, london(2025, 3, 28, 10), 1) == london(2025, 3, 31, 10)


def test_business_days_from_a_weekend_land_on_working_days() -> None:
    assert add_business_days(SEED, london(2025, 6, 7, 10), 1) == london(2025, 6, 9, 10)


def test_zero_business_days_is_the_start() -> None:
    start = london(2025, 6, 7, 10)
    assert add_business_days(SEED, start, 0) == start


def test_24x7_business_days_are_plain_days() -> None:
    assert add_business_days(ALWAYS, london(2025, 3, 29, 10), 3) == london(2025, 4, 1, 10)


def test_calendar_refuses_an_unknown_time_zone() -> None:
    with pytest.raises(ValueError, match="Mars/Olympus"):
        Calendar("bad", "Mars/Olympus", None)


@pytest.mark.parametrize(
    "hours_",
    [{}, {0: (time(17), time(9))}, {7: (time(9), time(17))}],
    ids=["no-days", "closes-before-opening", "weekday-out-of-range"],
)
def test_calendar_refuses_unusable_hours(hours_: dict[int, tuple[time, time]]) -> None:
    with pytest.raises(ValueError, match="calendar bad"):
        Calendar("bad", "Europe/London", hours_)
