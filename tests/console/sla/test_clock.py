"""The clock's readings: remaining operational seconds and the state at an instant."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console.sla.calendar import AlwaysOpenCalendar, CalendarError, OperationalCalendar
from console.sla.clock import ClockState, RiskThresholds, SlaClock

BERLIN = ZoneInfo("Europe/Berlin")
CAL = OperationalCalendar()


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


def test_running_then_at_risk_then_breached() -> None:
    clock = SlaClock(CAL, berlin(2026, 11, 25, 9, 0), 240)  # due 13:00
    assert clock.due_at() == berlin(2026, 11, 25, 13, 0)
    running = clock.reading(berlin(2026, 11, 25, 10, 0))
    assert (running.state, running.remaining_seconds) == (ClockState.RUNNING, 3 * 3600)
    assert running.used_fraction == pytest.approx(0.25)
    at_risk = clock.reading(berlin(2026, 11, 25, 12, 12))  # 48 min left = 20 %
    assert (at_risk.state, at_risk.remaining_seconds) == (ClockState.AT_RISK, 48 * 60)
    due = clock.reading(berlin(2026, 11, 25, 13, 0))
    assert (due.state, due.remaining_seconds) == (ClockState.AT_RISK, 0)
    late = clock.reading(berlin(2026, 11, 25, 13, 30))
    assert (late.state, late.remaining_seconds) == (ClockState.BREACHED, -1800)
    assert late.used_fraction == pytest.approx(1.125)


def test_fifteen_minutes_left_is_at_risk_even_for_long_targets() -> None:
    clock = SlaClock(CAL, berlin(2026, 11, 25, 9, 0), 30)
    assert clock.reading(berlin(2026, 11, 25, 9, 14)).state is ClockState.RUNNING
    assert clock.reading(berlin(2026, 11, 25, 9, 15)).state is ClockState.AT_RISK


def test_thresholds_are_settings() -> None:
    clock = SlaClock(CAL, berlin(2026, 11, 25, 9, 0), 240)
    strict = RiskThresholds(fraction=0.5, seconds=0)
    assert clock.reading(berlin(2026, 11, 25, 11, 0), thresholds=strict).state is ClockState.AT_RISK
    with pytest.raises(CalendarError):
        RiskThresholds(fraction=1.5)


def test_paused_outside_hours_says_when_it_resumes() -> None:
    clock = SlaClock(CAL, berlin(2026, 11, 27, 18, 0), 480)  # Friday 18:00, 8 h
    reading = clock.reading(berlin(2026, 11, 28, 12, 0))  # Saturday
    assert reading.state is ClockState.PAUSED
    assert reading.resumes_at == berlin(2026, 11, 30, 8, 0)
    assert reading.remaining_seconds == 6 * 3600
    # Sunday: the countdown stood still.
    assert clock.reading(berlin(2026, 11, 29, 23, 0)).remaining_seconds == 6 * 3600


def test_overdue_counts_operational_time_and_stands_still_at_weekends() -> None:
    clock = SlaClock(CAL, berlin(2026, 11, 27, 19, 0), 60)  # due Friday 20:00
    saturday = clock.reading(berlin(2026, 11, 28, 12, 0))
    assert saturday.state is ClockState.BREACHED
    assert saturday.remaining_seconds == 0
    assert saturday.resumes_at == berlin(2026, 11, 30, 8, 0)
    monday = clock.reading(berlin(2026, 11, 30, 9, 30))
    assert monday.remaining_seconds == -5400


def test_first_response_stops_the_clock() -> None:
    clock = SlaClock(CAL, berlin(2026, 11, 25, 9, 0), 60)
    met = clock.reading(berlin(2026, 11, 26, 9, 0), responded_at=berlin(2026, 11, 25, 10, 0))
    assert (met.state, met.remaining_seconds) == (ClockState.MET, 0)
    early = clock.reading(berlin(2026, 11, 26, 9, 0), responded_at=berlin(2026, 11, 25, 9, 20))
    assert (early.state, early.remaining_seconds) == (ClockState.MET, 40 * 60)
    late = clock.reading(berlin(2026, 11, 26, 9, 0), responded_at=berlin(2026, 11, 25, 10, 1))
    assert (late.state, late.remaining_seconds) == (ClockState.BREACHED, -60)
    # A response in the future of the reading does not stop the clock yet.
    before = clock.reading(berlin(2026, 11, 25, 9, 30), responded_at=berlin(2026, 11, 25, 9, 45))
    assert before.state is ClockState.RUNNING


def test_twenty_four_seven_counts_real_time_across_dst() -> None:
    clock = SlaClock(AlwaysOpenCalendar(), berlin(2026, 10, 25, 2, 50, 0), 15)
    due = clock.due_at()
    assert (due - clock.opened_at).total_seconds() == 900
    assert clock.reading(berlin(2026, 10, 25, 1, 0)).state is ClockState.RUNNING


def test_naive_opening_is_rejected() -> None:
    with pytest.raises(CalendarError):
        SlaClock(CAL, datetime(2026, 11, 25, 9, 0), 60)


instants = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
)


@settings(max_examples=300, deadline=None)
@given(instants, st.integers(1, 3000), instants)
def test_remaining_is_due_minus_now_in_operational_time(opened: datetime, m: int, now: datetime) -> None:
    clock = SlaClock(CAL, opened, m)
    reading = clock.reading(now)
    assert reading.remaining_seconds == CAL.between(now, clock.due_at())
    if reading.state is ClockState.BREACHED:
        assert reading.remaining_seconds <= 0
    if reading.state in (ClockState.RUNNING, ClockState.PAUSED):
        assert reading.remaining_seconds > 0
    assert (reading.resumes_at is None) == CAL.is_open(now)
