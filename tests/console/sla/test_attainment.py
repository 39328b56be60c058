"""The attainment rule's invariants, property-based: a clock counts in exactly one
of two adjacent periods that cover its settlement; settled before, in a period
and open at its end partition the clocks opened by then; quantiles run from the
minimum to the maximum, grow with q, and the median is ``statistics.median``."""

from __future__ import annotations

import statistics
from datetime import datetime

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from console.domain.plans import Plan, Severity
from console.services.readmodels.settlements import ClockRow, attainment
from console.sla.attainment import (
    Attainment,
    Outcome,
    open_at_end,
    outcome,
    quantile,
    settled_at,
    settlement,
)
from console.sla.calendar import from_epoch

HORIZON = 10_000  # epoch seconds near 0 keep the examples readable


@st.composite
def clocks(draw: st.DrawFn) -> ClockRow:
    opened = draw(st.integers(0, HORIZON))
    due = opened + draw(st.integers(0, HORIZON))
    response = draw(st.none() | st.integers(opened, opened + 2 * HORIZON))
    return ClockRow(1, Plan.STANDARD, Severity.HIGH, 1, None, opened, due, response)


def at(seconds: int) -> datetime:
    return from_epoch(seconds)


instants = st.integers(0, 3 * HORIZON)


@given(clocks(), instants, st.data())
def test_a_clock_counts_in_exactly_one_of_two_adjacent_periods(
    clock: ClockRow, now: int, data: st.DataObject
) -> None:
    moment = settled_at(clock.due, clock.first_response, now)
    assume(moment is not None)
    assert moment is not None
    # Two adjacent periods [start, middle) and [middle, end) around the moment it settled.
    start = data.draw(st.integers(0, moment), label="start")
    end = data.draw(st.integers(moment + 1, 3 * HORIZON + 1), label="end")
    middle = data.draw(st.integers(start, end), label="middle")
    first = attainment([clock], at(start), at(middle), at(now))
    second = attainment([clock], at(middle), at(end), at(now))
    whole = attainment([clock], at(start), at(end), at(now))
    assert first.settled + second.settled == 1
    assert first + second == whole
    assert whole == Attainment().add(clock.outcome(now))


@given(st.lists(clocks(), max_size=30), instants, instants, instants)
def test_settled_before_in_the_period_and_open_partition_the_clocks(
    rows: list[ClockRow], a: int, b: int, now: int
) -> None:
    start, end = sorted((a, b))
    cut = end if end <= now else now + 1
    counted = attainment(rows, at(start), at(end), at(now)).settled
    still_open = sum(open_at_end(r.opened, r.due, r.first_response, end, now) for r in rows)
    earlier = 0
    for row in rows:
        moment = row.settled_at(now)
        if moment is not None and moment < start:
            earlier += 1
    opened_by_then = sum(1 for r in rows if r.opened < cut)
    # Clocks settled before the period were opened before it; none is counted twice.
    assert earlier + counted + still_open == opened_by_then


@given(clocks(), instants)
def test_open_at_end_agrees_with_the_outcome_while_the_period_runs(clock: ClockRow, now: int) -> None:
    assume(clock.opened <= now)
    running = open_at_end(clock.opened, clock.due, clock.first_response, now + 10, now)
    assert running == (outcome(clock.due, clock.first_response, now) is Outcome.OPEN)


@given(clocks(), instants)
def test_settlement_is_the_outcome_and_when_it_became_known(clock: ClockRow, now: int) -> None:
    result = outcome(clock.due, clock.first_response, now)
    settled = settlement(clock.due, clock.first_response, now)
    if result is Outcome.OPEN:
        assert settled is None
    else:
        assert settled == (settled_at(clock.due, clock.first_response, now), result)
        assert settled[0] <= now


@given(st.lists(clocks(), max_size=30), instants, instants, instants)
def test_attainment_counts_each_settled_clock_by_its_outcome(
    rows: list[ClockRow], a: int, b: int, now: int
) -> None:
    """``settlements.attainment`` is the rule of ``outcome``, summed."""
    start, end = sorted((a, b))
    expected = Attainment()
    for row in rows:
        moment = row.settled_at(now)
        if moment is not None and start <= moment < end:
            expected = expected.add(row.outcome(now))
    assert attainment(rows, at(start), at(end), at(now)) == expected


def test_outcome_at_the_edges() -> None:
    assert outcome(100, 100, 100) is Outcome.MET  # a response at the due instant is in time
    assert outcome(100, 101, 200) is Outcome.BREACHED
    assert outcome(100, None, 100) is Outcome.OPEN  # it breaches only once the instant has passed
    assert outcome(100, None, 101) is Outcome.BREACHED
    assert outcome(100, 150, 120) is Outcome.BREACHED  # the later response is not known yet
    assert settled_at(100, 150, 200) == 100  # a breach settles at the due instant
    assert settled_at(100, 50, 200) == 50
    assert settled_at(100, None, 99) is None
    assert Attainment().ratio is None
    assert Attainment(3, 1).ratio == 0.75


values = st.lists(st.integers(-(10**6), 10**6) | st.floats(-1e6, 1e6), min_size=1, max_size=50)
fractions = st.floats(0, 1)


@given(values)
def test_quantile_ends_are_the_minimum_and_maximum(data: list[float]) -> None:
    assert quantile(data, 0) == min(data)
    assert quantile(data, 1) == max(data)


@given(values, fractions, fractions)
def test_quantile_grows_with_q(data: list[float], p: float, q: float) -> None:
    low, high = sorted((p, q))
    first, second = quantile(data, low), quantile(data, high)
    assert first is not None and second is not None
    assert first <= second + 1e-9 * max(1.0, abs(second))


@given(values)
def test_the_median_is_statistics_median(data: list[float]) -> None:
    assert quantile(data, 0.5) == pytest.approx(statistics.median(data), rel=1e-12, abs=1e-9)


def test_quantile_examples_and_bad_q() -> None:
    assert quantile([], 0.5) is None
    assert quantile([600, 1200, 3600], 0.9) == pytest.approx(3120)  # rank 1.8: 1200 + 0.8 * 2400
    assert quantile([5400, 10800], 0.5) == 8100
    with pytest.raises(ValueError, match="between 0 and 1"):
        quantile([1], 1.5)
