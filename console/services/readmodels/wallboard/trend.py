"""The first-response clocks that settled over the trend's local days: attainment
per day and plan, today and over the week, and today's first responses."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from datetime import datetime
from types import MappingProxyType
from typing import Any

from sqlalchemy.orm import Session

from console.domain.plans import Plan
from console.services.infrastructure.programme import Programme
from console.services.readmodels.settlements import ClockRow, clock_row, settling_rows
from console.services.readmodels.wallboard.figures import SettledCounts, TrendDay
from console.sla.attainment import Attainment, Outcome, settlement
from console.sla.calendar import to_epoch

TREND_DAYS = 30
WEEK_DAYS = 7


def board_settling_rows(
    session: Session,
    start: datetime,
    end: datetime,
    plans: Sequence[Plan],
    open_rows: Iterable[tuple[Any, ...]],
    members: frozenset[int] | None = None,
) -> list[tuple[Any, ...]]:
    """The clocks due or first answered in [start, end) (a superset of those
    that settle in it), by the one reader (:func:`settlements.settling_rows`), with the open cases' unanswered clocks
    taken from ``open_rows``, already read for the other tiles. ``members`` keeps
    the clocks of those assignees and the unassigned ones (the team filter)."""
    open_unanswered = [
        (row[0], row[3], row[1], row[4], row[5], row[6], row[7], None) for row in open_rows if row[8] is None
    ]
    shown = None if len(plans) == len(Plan) else plans
    rows = settling_rows(session, start, end, shown, open_unanswered=open_unanswered)
    if members is not None:
        rows = [row for row in rows if row[4] is None or row[4] in members]
    return rows


def settling_clocks(
    session: Session,
    start: datetime,
    end: datetime,
    plans: Sequence[Plan],
    open_rows: Iterable[tuple[Any, ...]],
    members: frozenset[int] | None = None,
) -> list[ClockRow]:
    """:func:`board_settling_rows` as :class:`ClockRow`s (the wallboard's refresh works
    on the plain tuples; a hundred thousand named tuples cost a visible share)."""
    return [clock_row(row) for row in board_settling_rows(session, start, end, plans, open_rows, members)]


def count_settled(
    programme: Programme,
    now: datetime,
    clocks: Sequence[tuple[Any, ...]],
    day_starts: Sequence[datetime],
    plans: Sequence[Plan],
) -> SettledCounts:
    """Attainment per local day, today and over the week, and today's first
    responses. Each clock is counted on the day its outcome became known, by the
    rule of ``console.sla.attainment`` (``settlement``); today is the
    last day and the week the last seven, so the three always agree (and agree
    with :func:`settlements.attainment` over the same clocks, which the tests
    check)."""
    current = to_epoch(now)
    zone = programme.calendar.zone
    bounds = [to_epoch(start) for start in day_starts]
    first, last = bounds[0], bounds[-1]
    days = len(bounds) - 1
    counts: dict[str, list[list[int]]] = {plan.value: [[0, 0] for _ in range(days)] for plan in Plan}
    today_start = bounds[-2]
    response_times: list[int] = []
    # The hot loop of a refresh (a hundred thousand clocks at the benchmark's
    # size): names bound locally and tuple fields unpacked, not looked up.
    met_outcome, settle, day_of = Outcome.MET, settlement, bisect.bisect_right
    for clock in clocks:
        plan, due, responded = clock[1], clock[6], clock[7]
        settled = settle(due, responded, current)
        if settled is not None and first <= settled[0] < last:
            counts[plan][day_of(bounds, settled[0]) - 1][0 if settled[1] is met_outcome else 1] += 1
        if responded is not None and today_start <= responded <= current:
            seconds = clock_row(clock).first_response_seconds(programme)
            if seconds is not None:
                response_times.append(seconds)
    trend = tuple(
        TrendDay(
            day_starts[index].astimezone(zone).date(),
            MappingProxyType({plan: Attainment(*counts[plan.value][index]) for plan in plans}),
        )
        for index in range(days)
    )
    today = dict(trend[-1].by_plan)
    week = {plan: sum((day.by_plan[plan] for day in trend[-WEEK_DAYS:]), Attainment()) for plan in plans}
    average = sum(response_times) / len(response_times) if response_times else None
    return SettledCounts(
        attainment_today=MappingProxyType(today),
        attainment_week=MappingProxyType(week),
        trend=trend,
        first_responses_today=len(response_times),
        average_first_response_seconds=average,
    )
