"""Worked examples of the operational calendar: the closing rule, weekends, DST,
holidays, New Year, closures, subdivisions and bad set-ups."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from console.sla.calendar import (
    AlwaysOpenCalendar,
    CalendarError,
    DailyWindow,
    FixedWindows,
    OperationalCalendar,
)

BERLIN = ZoneInfo("Europe/Berlin")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


@pytest.fixture(scope="module")
def cal() -> OperationalCalendar:
    return OperationalCalendar()


def test_budget_running_out_at_closing_is_due_at_closing(cal: OperationalCalendar) -> None:
    # Friday 2026-03-27 19:00 CET; 60 minutes end exactly at 20:00 CET = 19:00 UTC.
    assert cal.add(utc(2026, 3, 27, 18, 0), 60) == utc(2026, 3, 27, 19, 0)


def test_one_more_minute_rolls_to_monday_after_dst_switch(cal: OperationalCalendar) -> None:
    # DST starts Sunday 2026-03-29: Monday 08:01 is CEST = 06:01 UTC.
    assert cal.add(utc(2026, 3, 27, 18, 0), 61) == utc(2026, 3, 30, 6, 1)


def test_friday_19_59_30(cal: OperationalCalendar) -> None:
    start = berlin(2026, 3, 27, 19, 59, 30)
    assert cal.add(start, 1) == berlin(2026, 3, 30, 8, 0, 30).astimezone(UTC)
    assert cal.between(start, berlin(2026, 3, 27, 20, 0)) == 30
    assert cal.between(start, berlin(2026, 3, 30, 8, 0)) == 30


def test_friday_20_00_is_closed(cal: OperationalCalendar) -> None:
    closing = berlin(2026, 3, 27, 20, 0)
    assert not cal.is_open(closing)
    assert cal.is_open(closing - timedelta(seconds=1))
    assert cal.next_open(closing) == berlin(2026, 3, 30, 8, 0)
    assert cal.add(closing, 1) == berlin(2026, 3, 30, 8, 1)


def test_opened_at_night_waits_for_opening(cal: OperationalCalendar) -> None:
    assert cal.add(berlin(2026, 11, 24, 23, 30), 15) == berlin(2026, 11, 25, 8, 15)
    assert cal.add(berlin(2026, 11, 25, 6, 0), 0) == berlin(2026, 11, 25, 6, 0)


def test_one_operational_day_is_twelve_hours(cal: OperationalCalendar) -> None:
    assert cal.add(berlin(2026, 11, 25, 10, 0), 720) == berlin(2026, 11, 26, 10, 0)
    # Opened before hours: due at the closing of the same day.
    assert cal.add(berlin(2026, 11, 25, 7, 0), 720) == berlin(2026, 11, 25, 20, 0)


def test_autumn_dst_weekend(cal: OperationalCalendar) -> None:
    # DST ends Sunday 2026-10-25; Friday 20:00 is CEST (18:00 UTC), Monday 08:00 CET (07:00 UTC).
    assert cal.add(utc(2026, 10, 23, 17, 0), 120) == utc(2026, 10, 26, 8, 0)
    assert cal.between(utc(2026, 10, 23, 17, 0), utc(2026, 10, 26, 8, 0)) == 120 * 60


def test_holidays_of_both_default_regions_are_closed(cal: OperationalCalendar) -> None:
    assert not cal.is_open(berlin(2026, 4, 3, 12, 0))  # Good Friday (DE)
    assert not cal.is_open(berlin(2026, 8, 1, 12, 0))  # Swiss national day (a Saturday anyway)
    assert not cal.is_open(berlin(2026, 10, 3, 12, 0))  # German Unity Day (Saturday in 2026)
    assert not cal.is_open(berlin(2026, 5, 14, 12, 0))  # Ascension (both)
    assert not cal.is_open(berlin(2026, 5, 25, 12, 0))  # Whit Monday
    # Thursday before Easter, 19:00 -> 60 minutes end at 20:00; Easter Monday is closed too.
    assert cal.add(berlin(2026, 4, 2, 19, 0), 61) == berlin(2026, 4, 7, 8, 1)


def test_new_year(cal: OperationalCalendar) -> None:
    # Thursday 2026-12-31 19:00 CET; 2027-01-01 is a holiday (Friday), then the weekend.
    assert cal.add(berlin(2026, 12, 31, 19, 0), 60) == berlin(2026, 12, 31, 20, 0)
    assert cal.add(berlin(2026, 12, 31, 19, 0), 61) == berlin(2027, 1, 4, 8, 1)
    assert cal.between(berlin(2026, 12, 31, 19, 0), berlin(2027, 1, 4, 9, 0)) == 2 * 3600


def test_subdivision_adds_its_holidays() -> None:
    bavaria = OperationalCalendar(holiday_regions=["DE-BY"])
    national = OperationalCalendar(holiday_regions=["DE"])
    epiphany = berlin(2026, 1, 6, 12, 0)  # Heilige Drei Koenige, Bavaria only
    assert not bavaria.is_open(epiphany)
    assert national.is_open(epiphany)


def test_no_regions_means_no_holidays() -> None:
    plain = OperationalCalendar(holiday_regions=[])
    assert plain.is_open(berlin(2026, 12, 25, 12, 0))


def test_extra_closures() -> None:
    closed = OperationalCalendar(closures=[date(2026, 12, 24)])
    assert not closed.is_open(berlin(2026, 12, 24, 12, 0))
    assert closed.add(berlin(2026, 12, 23, 19, 30), 60) == berlin(2026, 12, 28, 8, 30)


def test_other_time_zone_and_hours() -> None:
    tokyo = OperationalCalendar(
        "Asia/Tokyo",
        {d: (DailyWindow.parse("09:00-12:00"), DailyWindow.parse("13:00-18:00")) for d in range(5)},
        holiday_regions=["JP"],
    )
    start = datetime(2026, 11, 25, 11, 30, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert tokyo.add(start, 60) == datetime(2026, 11, 25, 13, 30, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert not tokyo.is_open(datetime(2026, 11, 25, 12, 30, tzinfo=ZoneInfo("Asia/Tokyo")))


def test_midnight_window_end_merges_with_next_day() -> None:
    nights = OperationalCalendar(
        "UTC",
        {0: (DailyWindow.parse("20:00-24:00"),), 1: (DailyWindow.parse("00:00-04:00"),)},
        holiday_regions=[],
    )
    assert nights.add(utc(2026, 11, 23, 23, 0), 120) == utc(2026, 11, 24, 1, 0)
    assert nights.is_open(utc(2026, 11, 24, 0, 0))


def test_exam_window_over_a_weekend_night_is_open() -> None:
    base = OperationalCalendar()
    exam = FixedWindows.of([(berlin(2026, 11, 28, 22, 0), berlin(2026, 11, 29, 2, 0))])
    cal = base.with_windows(exam)
    assert cal.is_open(berlin(2026, 11, 28, 23, 0))
    assert not base.is_open(berlin(2026, 11, 28, 23, 0))
    assert cal.add(berlin(2026, 11, 28, 23, 50), 15) == berlin(2026, 11, 29, 0, 5)
    assert cal.add(berlin(2026, 11, 29, 1, 50), 15) == berlin(2026, 11, 30, 8, 5)


def test_exam_window_overlapping_hours_is_not_double_counted() -> None:
    base = OperationalCalendar()
    exam = FixedWindows.of([(berlin(2026, 11, 25, 18, 0), berlin(2026, 11, 25, 22, 0))])
    cal = base.with_windows(exam)
    assert cal.between(berlin(2026, 11, 25, 8, 0), berlin(2026, 11, 26, 0, 0)) == 14 * 3600


def test_exam_window_across_new_year_in_utc() -> None:
    exam = FixedWindows.of([(utc(2026, 12, 31, 22, 0), utc(2027, 1, 1, 2, 0))])
    cal = OperationalCalendar().with_windows(exam)
    assert cal.between(utc(2026, 12, 31, 21, 0), utc(2027, 1, 1, 3, 0)) == 4 * 3600
    assert cal.add(utc(2026, 12, 31, 23, 0), 60) == utc(2027, 1, 1, 0, 0)
    assert cal.add(utc(2026, 12, 31, 23, 0), 61) == utc(2027, 1, 1, 0, 1)
    assert cal.add(utc(2026, 12, 31, 23, 0), 180) == utc(2027, 1, 1, 2, 0)
    assert cal.add(utc(2026, 12, 31, 23, 0), 181) == utc(2027, 1, 4, 7, 1)


def test_far_years_work(cal: OperationalCalendar) -> None:
    assert cal.add(berlin(2200, 6, 6, 19, 0), 120) == berlin(2200, 6, 9, 9, 0)
    assert cal.add(berlin(1901, 3, 1, 19, 0), 60) == berlin(1901, 3, 1, 20, 0)
    span = cal.between(berlin(1990, 1, 1, 0, 0), berlin(2100, 1, 1, 0, 0))
    assert span == sum(
        cal.between(berlin(y, 1, 1, 0, 0), berlin(y + 1, 1, 1, 0, 0)) for y in range(1990, 2100)
    )


def test_between_is_antisymmetric(cal: OperationalCalendar) -> None:
    a, b = berlin(2026, 11, 20, 9, 0), berlin(2026, 11, 25, 9, 0)
    assert cal.between(b, a) == -cal.between(a, b) == -36 * 3600


def test_offsets_other_than_utc_are_the_same_instant(cal: OperationalCalendar) -> None:
    plus_five = timezone(timedelta(hours=5))
    assert cal.add(datetime(2026, 3, 27, 23, 0, tzinfo=plus_five), 60) == utc(2026, 3, 27, 19, 0)


def test_results_are_utc(cal: OperationalCalendar) -> None:
    due = cal.add(berlin(2026, 11, 25, 9, 0), 5)
    assert due.tzinfo is UTC


def test_naive_datetimes_are_rejected(cal: OperationalCalendar) -> None:
    naive = datetime(2026, 11, 25, 9, 0)
    for call in (
        lambda: cal.add(naive, 5),
        lambda: cal.between(naive, naive),
        lambda: cal.is_open(naive),
        lambda: cal.next_open(naive),
        lambda: AlwaysOpenCalendar().add(naive, 5),
    ):
        with pytest.raises(CalendarError, match="naive"):
            call()


def test_negative_minutes_are_rejected(cal: OperationalCalendar) -> None:
    with pytest.raises(CalendarError, match="negative"):
        cal.add(utc(2026, 1, 5, 9, 0), -1)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"holiday_regions": ["XX"]}, "unknown holiday region 'XX'"),
        ({"holiday_regions": ["DE-ZZ"]}, "DE has no subdivision 'ZZ'"),
        ({"time_zone": "Mars/Olympus"}, "unknown time zone"),
        ({"weekly_hours": {}}, "weekly hours are empty"),
        ({"weekly_hours": {7: (DailyWindow(480, 1200),)}}, "weekday"),
    ],
)
def test_bad_calendars_are_clear_errors(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(CalendarError, match=message):
        OperationalCalendar(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["20:00-08:00", "8-20", "08:00-25:00", "08:60-09:00", ""])
def test_bad_windows(text: str) -> None:
    with pytest.raises(CalendarError):
        DailyWindow.parse(text)


def test_holiday_names_for_preview(cal: OperationalCalendar) -> None:
    names = cal.holidays_in(2026)
    assert "German Unity Day (DE)" in names[date(2026, 10, 3)]
    assert date(2026, 8, 1) in names


def test_open_intervals(cal: OperationalCalendar) -> None:
    spans = cal.open_intervals(berlin(2026, 11, 27, 12, 0), berlin(2026, 11, 30, 9, 0))
    assert spans == [
        (berlin(2026, 11, 27, 12, 0), berlin(2026, 11, 27, 20, 0)),
        (berlin(2026, 11, 30, 8, 0), berlin(2026, 11, 30, 9, 0)),
    ]


def test_always_open() -> None:
    always = AlwaysOpenCalendar()
    # Across the spring DST switch: 15 real minutes, the wall clock jumps an hour.
    start = berlin(2026, 3, 29, 1, 50)
    due = always.add(start, 15)
    assert due == utc(2026, 3, 29, 1, 5)
    assert due.astimezone(BERLIN).hour == 3
    assert always.between(start, due) == 900
    assert always.is_open(start)
    assert always.next_open(start) == start
