"""The first-response clocks that settle in a period, read in one query: the rows
behind SLA attainment on the wallboard and in the reports (one implementation,
see ``console.sla.attainment`` for the rule).

A clock settles at its first response (met) or at its due instant (breached), so
the clocks that can settle in [start, end) are those with a due instant or a first
response in it: two index range scans, united. Rows are plain tuples of epoch
seconds; nothing here holds an ORM object.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import and_, select, union
from sqlalchemy.orm import Session

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


_COLUMNS = (
    Case.id,
    Case.plan_code,
    Case.severity,
    Case.account_id,
    Case.assignee_id,
    EpochSeconds(Case.opened_at).label("opened"),
    EpochSeconds(Case.first_response_due_at).label("due"),
    EpochSeconds(Case.first_response_at).label("first_response"),
)


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
    narrowing = [] if plans is None else [Case.plan_code.in_([p.value for p in plans])]
    if account_ids is not None:
        narrowing.append(Case.account_id.in_(sorted(account_ids)))
    by_due = select(*_COLUMNS).where(
        and_(Case.first_response_due_at >= start, Case.first_response_due_at < end, *narrowing)
    )
    by_response = select(*_COLUMNS).where(
        and_(
            Case.first_response_at >= start,
            Case.first_response_at < end,
            Case.first_response_due_at.is_not(None),
            *narrowing,
        )
    )
    return [clock_row(row) for row in session.execute(union(by_due, by_response))]


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
