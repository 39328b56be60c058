"""The one reader of a clock's state, read directly: each state at its boundaries
(one second either side of the due instant, paused outside hours, at risk by the
fraction and by the minutes, met at the due instant), through both doors —
``read_clock`` and the queue's epoch path ``ClockReader.read_epochs`` — which must
agree on every clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console.sla.calendar import AlwaysOpenCalendar, Calendar, OperationalCalendar, from_epoch, to_epoch
from console.sla.clock import (
    DEFAULT_THRESHOLDS,
    ClockReader,
    ClockReading,
    ClockState,
    RiskThresholds,
    is_overdue,
    read_clock,
)

BERLIN = ZoneInfo("Europe/Berlin")
CAL = OperationalCalendar()  # Monday to Friday, 08:00-20:00 Berlin

Read = Callable[[Calendar, int, int, int, int | None, RiskThresholds], ClockReading]


def by_read_clock(
    calendar: Calendar, due: int, target: int, now: int, responded: int | None, thresholds: RiskThresholds
) -> ClockReading:
    return read_clock(calendar, due, target, now, responded, thresholds)


def by_epochs(
    calendar: Calendar, due: int, target: int, now: int, responded: int | None, thresholds: RiskThresholds
) -> ClockReading:
    return ClockReader(calendar, now, thresholds).read_epochs(
        due, from_epoch(due), target, responded, None if responded is None else from_epoch(responded)
    )


readers = pytest.mark.parametrize("read", [by_read_clock, by_epochs], ids=["read_clock", "read_epochs"])


def berlin(year: int, month: int, day: int, hour: int, minute: int) -> int:
    return to_epoch(datetime(year, month, day, hour, minute, tzinfo=BERLIN))


DUE = berlin(2026, 11, 25, 13, 0)  # a Wednesday, in hours
TARGET = 240 * 60  # opened 09:00
NEVER = RiskThresholds(fraction=0, seconds=0)  # at risk only with nothing left


@readers
def test_exactly_at_due_is_not_yet_breached(read: Read) -> None:
    before = read(CAL, DUE, TARGET, DUE - 1, None, NEVER)
    at = read(CAL, DUE, TARGET, DUE, None, NEVER)
    after = read(CAL, DUE, TARGET, DUE + 1, None, NEVER)
    assert (before.state, before.remaining_seconds) == (ClockState.RUNNING, 1)
    assert (at.state, at.remaining_seconds) == (ClockState.AT_RISK, 0)
    assert (after.state, after.remaining_seconds) == (ClockState.BREACHED, -1)


def test_overdue_only_after_the_due_instant() -> None:
    assert (is_overdue(DUE, DUE - 1), is_overdue(DUE, DUE), is_overdue(DUE, DUE + 1)) == (False, False, True)


@readers
def test_at_risk_by_the_fraction_of_the_target(read: Read) -> None:
    # 240 minutes: 20 % is 48 minutes, more than the 15 minutes
    limit = 48 * 60
    assert read(CAL, DUE, TARGET, DUE - limit - 1, None, DEFAULT_THRESHOLDS).state is ClockState.RUNNING
    at = read(CAL, DUE, TARGET, DUE - limit, None, DEFAULT_THRESHOLDS)
    assert (at.state, at.remaining_seconds) == (ClockState.AT_RISK, limit)


@readers
def test_at_risk_by_the_minutes_left(read: Read) -> None:
    # 30 minutes: 20 % is 6 minutes, less than the 15 minutes
    target, limit = 30 * 60, 15 * 60
    assert read(CAL, DUE, target, DUE - limit - 1, None, DEFAULT_THRESHOLDS).state is ClockState.RUNNING
    at = read(CAL, DUE, target, DUE - limit, None, DEFAULT_THRESHOLDS)
    assert (at.state, at.remaining_seconds) == (ClockState.AT_RISK, limit)


@readers
def test_paused_outside_hours_then_at_risk_then_breached(read: Read) -> None:
    due = berlin(2026, 11, 30, 14, 0)  # Monday 14:00: six open hours after the weekend
    saturday = read(CAL, due, 480 * 60, berlin(2026, 11, 28, 12, 0), None, DEFAULT_THRESHOLDS)
    assert (saturday.state, saturday.remaining_seconds) == (ClockState.PAUSED, 6 * 3600)
    assert saturday.resumes_at == from_epoch(berlin(2026, 11, 30, 8, 0))
    # the last second before the calendar opens is still paused; at the opening it runs
    closed = read(CAL, due, 480 * 60, berlin(2026, 11, 30, 8, 0) - 1, None, DEFAULT_THRESHOLDS)
    assert closed.state is ClockState.PAUSED
    opened = read(CAL, due, 480 * 60, berlin(2026, 11, 30, 8, 0), None, DEFAULT_THRESHOLDS)
    assert (opened.state, opened.resumes_at) == (ClockState.RUNNING, None)
    # closed with little left: at risk outranks paused
    friday = berlin(2026, 11, 27, 20, 0)  # the close; the clock is due ten open minutes later
    due_soon = berlin(2026, 11, 30, 8, 10)
    evening = read(CAL, due_soon, 480 * 60, friday, None, DEFAULT_THRESHOLDS)
    assert (evening.state, evening.remaining_seconds) == (ClockState.AT_RISK, 600)
    assert evening.resumes_at == from_epoch(berlin(2026, 11, 30, 8, 0))
    # closed and overdue: breached outranks paused, and still says when it resumes
    late = read(CAL, friday - 60, 480 * 60, friday + 60, None, DEFAULT_THRESHOLDS)
    assert (late.state, late.remaining_seconds) == (ClockState.BREACHED, -60)
    assert late.resumes_at == from_epoch(berlin(2026, 11, 30, 8, 0))


@readers
def test_a_response_at_the_due_instant_is_met(read: Read) -> None:
    now = DUE + 3600
    early = read(CAL, DUE, TARGET, now, DUE - 1, DEFAULT_THRESHOLDS)
    at = read(CAL, DUE, TARGET, now, DUE, DEFAULT_THRESHOLDS)
    late = read(CAL, DUE, TARGET, now, DUE + 1, DEFAULT_THRESHOLDS)
    assert (early.state, early.remaining_seconds) == (ClockState.MET, 1)
    assert (at.state, at.remaining_seconds, at.resumes_at) == (ClockState.MET, 0, None)
    assert at.responded_at == from_epoch(DUE)
    assert (late.state, late.remaining_seconds) == (ClockState.BREACHED, -1)


@readers
def test_the_response_stops_the_clock_from_its_own_instant(read: Read) -> None:
    responded = DUE - 600
    at_response = read(CAL, DUE, TARGET, responded, responded, DEFAULT_THRESHOLDS)
    assert (at_response.state, at_response.responded_at) == (ClockState.MET, from_epoch(responded))
    just_before = read(CAL, DUE, TARGET, responded - 1, responded, DEFAULT_THRESHOLDS)
    assert (just_before.state, just_before.responded_at) == (ClockState.AT_RISK, None)
    # answered late, read on a Saturday: frozen, not paused
    frozen = read(CAL, DUE, TARGET, berlin(2026, 11, 28, 12, 0), DUE + 60, DEFAULT_THRESHOLDS)
    assert (frozen.state, frozen.remaining_seconds, frozen.resumes_at) == (ClockState.BREACHED, -60, None)


calendars = st.sampled_from([CAL, AlwaysOpenCalendar()])
epochs = st.integers(to_epoch(datetime(2024, 1, 1, tzinfo=UTC)), to_epoch(datetime(2028, 1, 1, tzinfo=UTC)))
thresholds = st.builds(RiskThresholds, st.floats(0, 1, allow_nan=False), st.integers(0, 8 * 3600)) | st.just(
    DEFAULT_THRESHOLDS
)
clocks = st.tuples(
    st.integers(0, 4000),  # target minutes
    epochs,  # opened
    st.none() | st.integers(-3 * 86400, 10 * 86400),  # response, from the opening
)


@settings(max_examples=300, deadline=None)
@given(calendars, thresholds, epochs, st.lists(clocks, min_size=1, max_size=5))
def test_read_clock_and_the_epoch_path_agree(
    calendar: Calendar,
    limits: RiskThresholds,
    now: int,
    cases: list[tuple[int, int, int | None]],
) -> None:
    """One reader shared by several clocks at one instant (as the queue does) reads
    each exactly as ``read_clock`` does."""
    shared = ClockReader(calendar, now, limits)
    for minutes, opened, offset in cases:
        due = calendar.add_epoch(opened, minutes * 60)
        responded = None if offset is None else opened + offset
        alone = read_clock(calendar, due, minutes * 60, now, responded, limits)
        together = shared.read_epochs(
            due,
            from_epoch(due),
            minutes * 60,
            responded,
            None if responded is None else from_epoch(responded),
        )
        assert together == alone
        assert together.state is alone.state
