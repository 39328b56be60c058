"""A budget no calendar can spend within :data:`MAX_SPAN_YEARS` is refused at once,
not walked year by year to the end of the supported range (issue 9, point 14)."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from console.sla.calendar import (
    MAX_SPAN_YEARS,
    AlwaysOpenCalendar,
    CalendarError,
    DailyWindow,
    OperationalCalendar,
    to_epoch,
)

START = datetime(2026, 3, 27, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize("minutes", [99999999999999999999, 5_000_000_000, 60_000_000])
def test_huge_budgets_are_refused_at_once(minutes: int) -> None:
    for calendar in (OperationalCalendar(), AlwaysOpenCalendar()):
        began = time.process_time()
        with pytest.raises(CalendarError, match=f"do not run out within {MAX_SPAN_YEARS} years"):
            calendar.add(START, minutes)
        with pytest.raises(CalendarError, match=f"do not run out within {MAX_SPAN_YEARS} years"):
            calendar.add_epoch(to_epoch(START), minutes * 60)
        assert time.process_time() - began < 0.2


def test_a_sparse_calendar_is_bounded_by_the_span_too() -> None:
    # One minute a week: a budget under the quick bound still walks at most the span.
    calendar = OperationalCalendar(weekly_hours={0: (DailyWindow(600, 601),)}, holiday_regions=[])
    began = time.process_time()
    with pytest.raises(CalendarError, match=f"do not run out within {MAX_SPAN_YEARS} years"):
        calendar.add(START, 52 * MAX_SPAN_YEARS + 100)
    assert time.process_time() - began < 2.0


def test_budgets_within_the_span_still_work() -> None:
    calendar = OperationalCalendar()
    fifty_years = 50 * 3000 * 60
    due = calendar.add(START, fifty_years)
    assert 2060 < due.year < 2090
    assert AlwaysOpenCalendar().add(START, 60 * 24 * 365 * 10).year == 2036
