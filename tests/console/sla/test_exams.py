"""Exam sessions as open time: one-off, recurring by RFC 5545 rules, cancellations."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from console.sla.calendar import CalendarError, OperationalCalendar
from console.sla.exams import ExamSchedule, ExamSession

BERLIN = ZoneInfo("Europe/Berlin")


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


def test_monthly_first_monday_keeps_wall_clock_time_across_dst() -> None:
    session = ExamSession(berlin(2026, 1, 5, 21, 0), berlin(2026, 1, 5, 23, 0), "FREQ=MONTHLY;BYDAY=1MO")
    found = session.occurrences(berlin(2026, 3, 1, 0, 0), berlin(2026, 5, 1, 0, 0))
    assert [s for s, _ in found] == [berlin(2026, 3, 2, 21, 0), berlin(2026, 4, 6, 21, 0)]
    assert found[1][0].utcoffset() == timedelta(hours=2)


def test_cancelled_occurrences_are_left_out() -> None:
    session = ExamSession(
        berlin(2026, 1, 5, 21, 0),
        berlin(2026, 1, 5, 23, 0),
        "FREQ=MONTHLY;BYDAY=1MO",
        frozenset({berlin(2026, 3, 2, 21, 0)}),
    )
    found = session.occurrences(berlin(2026, 3, 1, 0, 0), berlin(2026, 5, 1, 0, 0))
    assert [s for s, _ in found] == [berlin(2026, 4, 6, 21, 0)]


def test_occurrence_that_started_before_the_range_still_counts() -> None:
    session = ExamSession(berlin(2026, 1, 1, 22, 0), berlin(2026, 1, 2, 4, 0), "FREQ=YEARLY")
    found = session.occurrences(berlin(2027, 1, 2, 0, 0), berlin(2027, 1, 3, 0, 0))
    assert found == [(berlin(2027, 1, 1, 22, 0), berlin(2027, 1, 2, 4, 0))]


def test_recurring_windows_open_the_calendar_in_any_year() -> None:
    schedule = ExamSchedule.of(
        [ExamSession(berlin(2026, 1, 3, 9, 0), berlin(2026, 1, 3, 12, 0), "FREQ=MONTHLY;BYDAY=1SA")]
    )
    cal = OperationalCalendar().with_windows(schedule)
    assert cal.is_open(berlin(2031, 3, 1, 10, 0))  # first Saturday of March 2031
    assert not cal.is_open(berlin(2031, 3, 8, 10, 0))
    assert schedule.live_at(berlin(2031, 3, 1, 10, 0))
    assert not schedule.live_at(berlin(2031, 3, 1, 12, 0))


def test_until_and_count_end_the_series() -> None:
    session = ExamSession(berlin(2026, 1, 5, 9, 0), berlin(2026, 1, 5, 10, 0), "FREQ=MONTHLY;COUNT=2")
    assert len(session.occurrences(berlin(2026, 1, 1, 0, 0), berlin(2027, 1, 1, 0, 0))) == 2


@pytest.mark.parametrize("rule", ["FREQ=SOMETIMES", "BYDAY=MO", "", "FREQ=DAILY\nFREQ=WEEKLY"])
def test_malformed_rules_are_clear_errors(rule: str) -> None:
    with pytest.raises(CalendarError):
        ExamSession(berlin(2026, 1, 5, 9, 0), berlin(2026, 1, 5, 10, 0), rule)


def test_session_must_end_after_it_starts() -> None:
    with pytest.raises(CalendarError, match="end after"):
        ExamSession(berlin(2026, 1, 5, 9, 0), berlin(2026, 1, 5, 9, 0))
