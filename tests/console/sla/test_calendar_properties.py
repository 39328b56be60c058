"""Property-based tests of the operational calendar's invariants, and agreement with
a slow, obviously-correct reference that walks the calendar day by day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import holidays
from hypothesis import given, settings
from hypothesis import strategies as st

from console.sla.calendar import AlwaysOpenCalendar, Calendar, FixedWindows, OperationalCalendar

BERLIN = ZoneInfo("Europe/Berlin")
PLAIN = OperationalCalendar()
BAVARIA_ZURICH = OperationalCalendar(
    "Europe/Zurich", holiday_regions=["CH", "DE-BY"], closures=[date(2026, 12, 24)]
)
ALWAYS = AlwaysOpenCalendar()


def _berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN).astimezone(UTC)


# Instants worth hitting on purpose: closing edges, DST weekends, holidays, New Year.
LANDMARKS = [
    _berlin(2026, 3, 27, 19, 59, 30),
    _berlin(2026, 3, 27, 20, 0),
    _berlin(2026, 3, 29, 2, 30),
    _berlin(2026, 10, 23, 19, 45),
    _berlin(2026, 10, 25, 2, 30),
    _berlin(2026, 4, 2, 19, 0),
    _berlin(2026, 12, 31, 19, 30),
    _berlin(2026, 12, 31, 23, 59, 59),
    _berlin(2027, 1, 1, 0, 0),
    _berlin(2026, 11, 27, 8, 0),
    _berlin(2026, 11, 27, 7, 59, 59),
]

instants = st.one_of(
    st.sampled_from(LANDMARKS),
    st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2060, 12, 31), timezones=st.just(UTC)),
    st.builds(
        lambda base, offset: base + timedelta(seconds=offset),
        st.sampled_from(LANDMARKS),
        st.integers(min_value=-3 * 86400, max_value=3 * 86400),
    ),
)
minutes = st.one_of(
    st.sampled_from([0, 1, 15, 30, 45, 60, 120, 240, 480, 720, 1440, 2160]), st.integers(0, 20_000)
)


@st.composite
def exam_windows(draw: st.DrawFn) -> FixedWindows:
    """A few exam windows near the landmarks: at night, over weekends, across midnight."""
    windows = []
    for _ in range(draw(st.integers(1, 5))):
        start = draw(st.sampled_from(LANDMARKS)) + timedelta(minutes=draw(st.integers(-4000, 4000)))
        length = timedelta(minutes=draw(st.integers(1, 14 * 60)))
        windows.append((start, start + length))
    return FixedWindows.of(windows)


@st.composite
def calendars(draw: st.DrawFn) -> Calendar:
    choice = draw(st.integers(0, 3))
    if choice == 0:
        return PLAIN
    if choice == 1:
        return BAVARIA_ZURICH
    if choice == 2:
        return ALWAYS
    return PLAIN.with_windows(draw(exam_windows()))


@settings(max_examples=400, deadline=None)
@given(calendars(), instants, minutes)
def test_between_of_add_is_the_budget(cal: Calendar, start: datetime, m: int) -> None:
    assert cal.between(start, cal.add(start, m)) == m * 60


@settings(max_examples=300, deadline=None)
@given(calendars(), instants, instants, minutes)
def test_add_is_monotonic_in_start(cal: Calendar, t1: datetime, t2: datetime, m: int) -> None:
    a, b = sorted((t1, t2))
    assert cal.add(a, m) <= cal.add(b, m)


@settings(max_examples=300, deadline=None)
@given(calendars(), instants, minutes, minutes)
def test_add_is_monotonic_in_minutes(cal: Calendar, t: datetime, m1: int, m2: int) -> None:
    small, large = sorted((m1, m2))
    assert cal.add(t, small) <= cal.add(t, large)


@settings(max_examples=300, deadline=None)
@given(calendars(), instants, minutes, minutes)
def test_add_composes(cal: Calendar, t: datetime, a: int, b: int) -> None:
    assert cal.add(cal.add(t, a), b) == cal.add(t, a + b)


@settings(max_examples=400, deadline=None)
@given(calendars(), instants, st.integers(1, 20_000))
def test_due_time_is_the_earliest_instant(cal: Calendar, t: datetime, m: int) -> None:
    due = cal.add(t, m)
    # The second before the due time is open: so the due time is either open time or
    # exactly a closing instant, never inside closed time.
    assert cal.is_open(due - timedelta(seconds=1))
    assert cal.between(t, due - timedelta(seconds=1)) == m * 60 - 1


@settings(max_examples=300, deadline=None)
@given(calendars(), instants)
def test_next_open(cal: Calendar, t: datetime) -> None:
    opens = cal.next_open(t)
    assert opens >= t.replace(microsecond=0)
    assert cal.is_open(opens)
    assert cal.between(t, opens) == 0


@settings(max_examples=200, deadline=None)
@given(calendars(), instants, instants, instants)
def test_between_is_additive(cal: Calendar, a: datetime, b: datetime, c: datetime) -> None:
    assert cal.between(a, b) + cal.between(b, c) == cal.between(a, c)


# --- agreement with a slow reference -----------------------------------------------


def _reference_open_spans(
    start: datetime, end: datetime, regions: list[str], extra: list[tuple[datetime, datetime]]
) -> list[tuple[datetime, datetime]]:
    """Open spans by walking local days: Mon-Fri 08:00-20:00 Berlin, no holidays."""
    spans = []
    day = start.astimezone(BERLIN).date() - timedelta(days=1)
    last = end.astimezone(BERLIN).date() + timedelta(days=1)
    years = list(range(day.year, last.year + 1))
    closed = set()
    for region in regions:
        closed |= set(holidays.country_holidays(region, years=years).keys())
    while day <= last:
        if day.weekday() < 5 and day not in closed:
            spans.append(
                (
                    datetime(day.year, day.month, day.day, 8, tzinfo=BERLIN).astimezone(UTC),
                    datetime(day.year, day.month, day.day, 20, tzinfo=BERLIN).astimezone(UTC),
                )
            )
        day += timedelta(days=1)
    spans.extend(extra)
    spans.sort()
    merged: list[tuple[datetime, datetime]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _reference_between(a: datetime, b: datetime, extra: list[tuple[datetime, datetime]]) -> int:
    total = 0
    for s, e in _reference_open_spans(a, b, ["CH", "DE"], extra):
        lo, hi = max(s, a), min(e, b)
        if hi > lo:
            total += int((hi - lo).total_seconds())
    return total


def _reference_add(start: datetime, m: int, extra: list[tuple[datetime, datetime]]) -> datetime:
    budget = m * 60
    if budget == 0:
        return start
    horizon = start + timedelta(days=40 + m // 360)
    for s, e in _reference_open_spans(start, horizon, ["CH", "DE"], extra):
        lo = max(s, start)
        if e <= lo:
            continue
        span = int((e - lo).total_seconds())
        if span >= budget:
            return lo + timedelta(seconds=budget)
        budget -= span
    raise AssertionError("reference horizon too short")


window_lists = st.lists(
    st.builds(
        lambda base, offset, length: (
            base + timedelta(minutes=offset),
            base + timedelta(minutes=offset + length),
        ),
        st.sampled_from(LANDMARKS),
        st.integers(-4000, 4000),
        st.integers(1, 900),
    ),
    max_size=4,
)
near_instants = st.builds(
    lambda base, offset: base + timedelta(seconds=offset),
    st.sampled_from(LANDMARKS),
    st.integers(min_value=-5 * 86400, max_value=5 * 86400),
)


@settings(max_examples=300, deadline=None)
@given(near_instants, st.integers(0, 4000), window_lists)
def test_add_agrees_with_reference(start: datetime, m: int, extra: list[tuple[datetime, datetime]]) -> None:
    cal = PLAIN.with_windows(FixedWindows.of(extra)) if extra else PLAIN
    assert cal.add(start, m) == _reference_add(start, m, extra)


@settings(max_examples=300, deadline=None)
@given(near_instants, near_instants, window_lists)
def test_between_agrees_with_reference(
    a: datetime, b: datetime, extra: list[tuple[datetime, datetime]]
) -> None:
    a, b = sorted((a, b))
    cal = PLAIN.with_windows(FixedWindows.of(extra)) if extra else PLAIN
    assert cal.between(a, b) == _reference_between(a, b, extra)
