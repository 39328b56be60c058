"""The first-response clocks that settle in a period, read in one query: the rows
behind SLA attainment on the wallboard and in the reports (one implementation,
see ``console.sla.attainment`` for the rule).

A clock settles at its first response (met) or at its due instant (breached), so
the clocks that can settle in [start, end) are among those with a due instant or a
first response in it: two disjoint index range scans. Rows are plain tuples of
epoch seconds; nothing here holds an ORM object. The wallboard, the reports and
the account cockpit read them through :func:`settling_rows`, the one reader.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import Session

from console.domain.cases import OPEN_STATUS_CODES
from console.domain.plans import PLAN_BY_CODE, SEVERITY_BY_NUMBER, Plan, Severity
from console.services.infrastructure.programme import Programme
from console.sla.attainment import Attainment, Outcome, outcome, settled_at, settlement
from console.sla.calendar import to_epoch
from console.storage.models import Case
from console.storage.types import EpochSeconds


class ClockRow(NamedTuple):
    """One case's first-response clock, in UTC epoch seconds."""

    case_id: int
    plan: Plan
    severity: Severity
    account_id: int
    assignee_id: int | None
    opened: int
    due: int
    first_response: int | None

    def outcome(self, now: int) -> Outcome:
        return outcome(self.due, self.first_response, now)

    def settled_at(self, now: int) -> int | None:
        return settled_at(self.due, self.first_response, now)

    def first_response_seconds(self, programme: Programme) -> int | None:
        """Operational seconds from opening to the first response, on the
        calendar this case's clock counts on (None before the first response)."""
        if self.first_response is None:
            return None
        calendar = programme.calendar_for(self.plan, self.severity, self.account_id)
        return calendar.between_epoch(self.opened, self.first_response)


CLOCK_COLUMNS = (
    Case.id,
    Case.plan_code,
    Case.severity,
    Case.account_id,
    Case.assignee_id,
    EpochSeconds(Case.opened_at),
    EpochSeconds(Case.first_response_due_at),
    EpochSeconds(Case.first_response_at),
)
"""The fields of a :class:`ClockRow`, plan and severity as stored."""


def clocks_settling_between(
    session: Session,
    start: datetime,
    end: datetime,
    plans: Collection[Plan] | None = None,
    account_ids: Collection[int] | None = None,
) -> list[ClockRow]:
    """Every clock with a due instant or a first response in [start, end): a
    superset of those that settle in it (filter with :func:`attainment`);
    ``plans`` and ``account_ids`` narrow it (None: all)."""
    return [clock_row(row) for row in settling_rows(session, start, end, plans, account_ids)]


def settling_rows(
    session: Session,
    start: datetime,
    end: datetime,
    plans: Collection[Plan] | None = None,
    account_ids: Collection[int] | None = None,
    open_unanswered: Iterable[Sequence[Any]] | None = None,
) -> list[tuple[Any, ...]]:
    """The one reader of settling clocks: :func:`clocks_settling_between` as plain
    tuples of :data:`CLOCK_COLUMNS`, read straight from the driver's cursor (a
    hundred thousand rows on the wallboard; SQLAlchemy's row objects would cost
    more than the query).

    ``open_unanswered``: the unanswered clocks of the open cases (rows of
    :data:`CLOCK_COLUMNS`, any due instant), when the caller has read them
    already; the query then leaves them out and those due in the period are taken
    from there — the same rows, one scan fewer."""
    parts = settling_query(start, end, plans, account_ids, with_open_unanswered=open_unanswered is None)
    rows: list[tuple[Any, ...]] = []
    for part in parts:
        rows += raw_rows(session, part)
    if open_unanswered is not None:
        first, last = to_epoch(start), to_epoch(end)
        rows += [tuple(row) for row in open_unanswered if row[6] is not None and first <= row[6] < last]
    return rows


def settling_query(
    start: datetime,
    end: datetime,
    plans: Collection[Plan] | None = None,
    account_ids: Collection[int] | None = None,
    with_open_unanswered: bool = True,
) -> tuple[Select[Any], Select[Any]]:
    """The two queries of :func:`settling_rows`, one index range scan each and
    disjoint (so their rows need no de-duplication): the clocks first answered in
    [start, end) by ``ix_cases_first_response_at``, and the clocks due in it and
    not answered in it by ``ix_cases_first_response_due_at`` (without the open
    cases' unanswered clocks unless ``with_open_unanswered``)."""
    narrowing = [] if plans is None else [Case.plan_code.in_(sorted(p.value for p in plans))]
    if account_ids is not None:
        narrowing.append(Case.account_id.in_(sorted(account_ids)))
    answered_in_period = select(*CLOCK_COLUMNS).where(
        Case.first_response_at >= start,
        Case.first_response_at < end,
        Case.first_response_due_at.is_not(None),
        *narrowing,
    )
    unanswered: ColumnElement[bool] = Case.first_response_at.is_(None)
    if not with_open_unanswered:
        unanswered = and_(unanswered, Case.status.not_in(OPEN_STATUS_CODES))
    due_in_period = select(*CLOCK_COLUMNS).where(
        Case.first_response_due_at >= start,
        Case.first_response_due_at < end,
        or_(Case.first_response_at < start, Case.first_response_at >= end, unanswered),
        *narrowing,
    )
    return answered_in_period, due_in_period


def raw_rows(session: Session, query: Select[Any]) -> list[tuple[Any, ...]]:
    """Run ``query`` on the driver's cursor and return its plain tuples. Its
    parameters are compiled inline: callers pass only instants, codes and ids."""
    connection = session.connection()
    sql = str(query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def clock_row(row: Sequence[Any]) -> ClockRow:
    """A row of the clock columns (plan and severity as stored) as a ClockRow;
    dictionary look-ups instead of enum calls: a year's clocks are 250,000 rows."""
    case_id, plan, severity, account, assignee, opened, due, responded = row
    return ClockRow(
        case_id, PLAN_BY_CODE[plan], SEVERITY_BY_NUMBER[severity], account, assignee, opened, due, responded
    )


def attainment(rows: Iterable[ClockRow], start: datetime, end: datetime, now: datetime) -> Attainment:
    """Met and breached among the clocks that settled in [start, min(end, now)),
    by the one rule of :func:`console.sla.attainment.settlement`."""
    begin, finish, current = to_epoch(start), to_epoch(end), to_epoch(now)
    met = breached = 0
    for row in rows:
        settled = settlement(row.due, row.first_response, current)
        if settled is None or not begin <= settled[0] < finish:
            continue
        if settled[1] is Outcome.MET:
            met += 1
        else:
            breached += 1
    return Attainment(met, breached)
