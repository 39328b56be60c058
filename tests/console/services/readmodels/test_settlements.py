"""The settlement query on SQLite and PostgreSQL, over the hand-computed Tuesday
and Wednesday of ``test_reports.py``: which clocks it reads for a period, the
plan filter, paid add-ons, operational response times, attainment, and (on
SQLite) that the report's queries are index range scans, never table scans; and,
over generated case histories, that the SQL of the open counts and of the
settling reader states the Python rules of ``console.sla.attainment``."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, select
from sqlalchemy.engine import Connection
from sqlalchemy.engine.interfaces import DBAPICursor, ExecutionContext

from console.domain.cases import OPEN_STATUS_CODES, CaseStatus
from console.domain.plans import Plan, Severity
from console.services.readmodels.reports import open_counts
from console.services.readmodels.settlements import (
    CLOCK_COLUMNS,
    ClockRow,
    attainment,
    clocks_settling_between,
    raw_rows,
    settling_query,
    settling_rows,
)
from console.sla.attainment import Attainment, open_at_end
from console.sla.calendar import from_epoch
from console.storage.models import Account, Case
from tests.support.report_week import Fixture, berlin, build_fixture
from tests.support.services import Services

# Local days in Berlin (CET, UTC+1) as UTC instants: Tuesday 24 and Wednesday 25 November 2026.
TUESDAY = (datetime(2026, 11, 23, 23, tzinfo=UTC), datetime(2026, 11, 24, 23, tzinfo=UTC))
WEDNESDAY = (datetime(2026, 11, 24, 23, tzinfo=UTC), datetime(2026, 11, 25, 23, tzinfo=UTC))


@pytest.fixture
def fixture(services: Services) -> Fixture:
    def set_now(moment: datetime) -> None:
        services.clock.now = moment

    return build_fixture(services.cases, services.talk, set_now)


def read(
    services: Services, start: datetime, end: datetime, plans: list[Plan] | None = None
) -> list[ClockRow]:
    with services.db.read() as session:
        return clocks_settling_between(session, start, end, plans)


def keys(services: Services, fixture: Fixture, rows: list[ClockRow]) -> set[str]:
    """The fixture's letters of the clocks read."""
    with services.db.read() as session:
        numbers = dict(session.execute(select(Case.id, Case.number)).tuples().all())
    letters = {number: key for key, number in fixture.numbers.items()}
    return {letters[numbers[row.case_id]] for row in rows}


def test_the_clocks_read_for_a_day(services: Services, fixture: Fixture) -> None:
    # Wednesday: every clock with a due instant or a first response on that day.
    # H (due Friday, answered Tuesday) and F (no clock) are not read.
    rows = read(services, *WEDNESDAY)
    assert keys(services, fixture, rows) == {"A", "B", "C", "E", "G", "I"}
    # D is due on Thursday 09:00 and unanswered: it cannot settle on Wednesday.
    assert keys(services, fixture, read(services, *TUESDAY)) == {"H"}
    assert keys(services, fixture, read(services, *WEDNESDAY, plans=[Plan.PREMIER])) == {"B", "C", "I"}


def test_attainment_and_response_times(services: Services, fixture: Fixture) -> None:
    rows = read(services, *WEDNESDAY)
    now = services.clock.now  # Wednesday 10:30
    assert attainment(rows, *WEDNESDAY, now) == Attainment(met=4, breached=2)
    # Wednesday until 09:30 Berlin: I and C met, E breached at 09:15 (B at 09:30 is later).
    assert attainment(rows, WEDNESDAY[0], berlin(25, 9, 30), now) == Attainment(met=2, breached=1)
    with services.db.read() as session:
        programme = services.loader.load(session)
        numbers = dict(session.execute(select(Case.id, Case.number)).tuples().all())
    seconds = {numbers[row.case_id]: row.first_response_seconds(programme) for row in rows}
    number = fixture.numbers
    # G: Tuesday 19:00-20:00 and Wednesday 08:00-10:00 count; the night does not.
    assert seconds[number["G"]] == 3 * 3600
    assert seconds[number["I"]] == 600  # Premier severity 1: real time
    assert seconds[number["E"]] is None  # not answered


def test_open_counts_per_plan_and_severity(services: Services, fixture: Fixture) -> None:
    with services.db.read() as session:
        at_wednesday = open_counts(session, WEDNESDAY[1], services.clock.now)
        at_tuesday = open_counts(session, TUESDAY[1], services.clock.now)
    assert at_wednesday == {(Plan.STANDARD, 3): 1}  # D
    assert at_tuesday == {(Plan.STANDARD, 1): 1}  # G, opened Tuesday 19:00


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)  # the plan is SQLite's
def test_the_report_reads_only_index_ranges(services: Services, fixture: Fixture) -> None:
    statements: list[tuple[str, Any]] = []

    def capture(
        _conn: Connection,
        _cursor: DBAPICursor,
        statement: str,
        parameters: Any,
        _context: ExecutionContext | None,
        _many: bool,
    ) -> None:
        if "FROM cases" in statement:
            statements.append((statement, parameters))

    engine = services.db.engine
    event.listen(engine, "before_cursor_execute", capture)
    try:
        with services.db.read() as session:
            open_counts(session, WEDNESDAY[1], services.clock.now)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    assert len(statements) == 1
    # the settling reader runs its two queries on the driver's cursor, compiled inline
    for query in settling_query(*WEDNESDAY):
        compiled = query.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True})
        statements.append((str(compiled), ()))
    used: list[str] = []
    with engine.connect() as connection:
        for statement, parameters in statements:
            explained = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            plan = [str(row[3]) for row in explained]
            searches = [step for step in plan if step.startswith(("SEARCH", "SCAN"))]
            assert searches and all(step.startswith("SEARCH cases USING INDEX") for step in searches), plan
            used += searches
    assert any("ix_cases_first_response_due_at" in step for step in used[:1]), used  # open_counts
    assert any("ix_cases_first_response_at" in step for step in used[1:]), used
    assert any("ix_cases_first_response_due_at" in step for step in used[1:]), used


# -- SQL and Python state the same rules: generated case histories ----------------------

BASE = 1_795_000_000  # epoch seconds in November 2026
SPAN = 20_000


@st.composite
def histories(draw: st.DrawFn) -> list[tuple[Plan, Severity, bool, int, int | None, int | None]]:
    """Clocks as (plan, severity, open case, opened, due or None for a paid add-on,
    first response or None), in epoch seconds near ``BASE``."""
    result = []
    for _ in range(draw(st.integers(0, 12))):
        opened = BASE + draw(st.integers(0, SPAN))
        due = draw(st.none() | st.integers(opened, opened + SPAN))
        response = draw(st.none() | st.integers(opened, opened + 2 * SPAN))
        plan, severity = draw(st.sampled_from(list(Plan))), draw(st.sampled_from(list(Severity)))
        result.append((plan, severity, draw(st.booleans()), opened, due, response))
    return result


instants = st.integers(BASE - SPAN, BASE + 3 * SPAN)


def store(
    services: Services, history: list[tuple[Plan, Severity, bool, int, int | None, int | None]]
) -> None:
    """Replace every case with ``history``."""
    with services.db.write() as session:
        session.query(Case).delete()
        account = session.scalars(select(Account.id).order_by(Account.id)).first()
        assert account is not None
        for number, (plan, severity, is_open, opened, due, response) in enumerate(history, start=1):
            session.add(
                Case(
                    number=number,
                    account_id=account,
                    subject=f"case {number}",
                    category="incident",
                    severity=int(severity),
                    status=CaseStatus.OPEN.value if is_open else CaseStatus.SOLVED.value,
                    plan_code=plan.value,
                    opened_at=from_epoch(opened),
                    first_response_due_at=None if due is None else from_epoch(due),
                    first_response_at=None if response is None else from_epoch(response),
                    updated_at=from_epoch(opened),
                )
            )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=histories(), a=instants, b=instants, now=instants)
def test_open_counts_and_the_settling_reader_agree_with_the_python_rules(
    services: Services,
    history: list[tuple[Plan, Severity, bool, int, int | None, int | None]],
    a: int,
    b: int,
    now: int,
) -> None:
    """``open_counts`` (SQL) counts what ``open_at_end`` (Python) says is open, and
    the settling reader reads exactly the clocks due or first answered in the
    period — also when the open cases' unanswered clocks are handed to it."""
    start, end = sorted((a, b))
    store(services, history)
    expected: Counter[tuple[Plan, Severity]] = Counter()
    in_period: Counter[int] = Counter()
    for number, (plan, severity, _, opened, due, response) in enumerate(history, start=1):
        if due is None:
            continue
        if open_at_end(opened, due, response, end, now):
            expected[(plan, severity)] += 1
        if start <= due < end or (response is not None and start <= response < end):
            in_period[number] += 1
    with services.db.read() as session:
        numbers = dict(session.execute(select(Case.id, Case.number)).tuples().all())
        counted = open_counts(session, from_epoch(end), from_epoch(now))
        read = settling_rows(session, from_epoch(start), from_epoch(end))
        open_unanswered = raw_rows(
            session,
            select(*CLOCK_COLUMNS).where(
                Case.status.in_(OPEN_STATUS_CODES), Case.first_response_at.is_(None)
            ),
        )
        shortcut = settling_rows(session, from_epoch(start), from_epoch(end), open_unanswered=open_unanswered)
    assert counted == dict(expected)
    assert Counter(numbers[row[0]] for row in read) == in_period
    assert sorted(read) == sorted(shortcut)
