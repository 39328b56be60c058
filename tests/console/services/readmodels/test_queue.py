"""The queue service: order, clocks and explanations from real databases, and the
SQL form of the rule chain agreeing with the Python form (claiming relies on it)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from console.domain.cases import OPEN_STATUS_CODES
from console.domain.plans import Plan
from console.queueing import QueueContext, QueueReason, RuleChain, order, sql_order
from console.services.readmodels.queue import QueueFilter
from console.services.readmodels.snapshots import summary_of, summary_query
from console.services.usecases.cases import QUEUE_COLUMNS
from console.sla.clock import ClockState
from console.storage.models import Case
from tests.support.services import WEDNESDAY_9, Services


def test_queue_rows_carry_clock_and_reason(services: Services) -> None:
    standard = services.cases.open_case("Globex", 1, "Standard urgent")
    premier = services.cases.open_case("Initech", 3, "Premier medium")
    rows = services.queue.rows(WEDNESDAY_9 + timedelta(minutes=30))
    assert [r.case.number for r in rows] == [premier.number, standard.number]
    assert rows[0].place.reason is QueueReason.PRIORITY_PLAN and rows[0].place.below == rows[1].case
    assert rows[0].clock is not None and rows[0].clock.state is ClockState.RUNNING
    assert rows[0].clock.remaining_seconds == 90 * 60
    late = services.queue.rows(WEDNESDAY_9 + timedelta(hours=5))
    assert {r.case.number: r.clock.state for r in late if r.clock} == {
        premier.number: ClockState.BREACHED,
        standard.number: ClockState.BREACHED,
    }


def test_live_exam_account_comes_first(services: Services) -> None:
    services.exams.add_exam("Exam Board", WEDNESDAY_9 - timedelta(hours=1), WEDNESDAY_9 + timedelta(hours=2))
    premier = services.cases.open_case("Initech", 1, "Premier urgent")
    exam = services.cases.open_case("Exam Board", 4, "Exam low")
    rows = services.queue.rows(WEDNESDAY_9 + timedelta(minutes=1))
    assert [r.case.number for r in rows] == [exam.number, premier.number]
    assert rows[0].exam_live
    after = services.queue.rows(WEDNESDAY_9 + timedelta(hours=3))
    assert next(r.case.number for r in after) == premier.number


def test_filters(services: Services) -> None:
    a = services.cases.open_case("Globex", 2, "A")
    b = services.cases.open_case("Initech", 2, "B")
    services.cases.assign(b.number, "Anna Agent", actor="Lea Lead")
    anna = services.accounts.user("Anna Agent").id
    assert [r.case.number for r in services.queue.rows(keep=QueueFilter(assignee_id=anna))] == [b.number]
    assert [r.case.number for r in services.queue.rows(keep=QueueFilter(unassigned_only=True))] == [a.number]
    assert [
        r.case.number for r in services.queue.rows(keep=QueueFilter(plans=frozenset({Plan.STANDARD})))
    ] == [a.number]
    services.cases.change_status(a.number, "solved")
    assert a.number not in [r.case.number for r in services.queue.rows()]


def test_sql_order_agrees_with_python_order(services: Services) -> None:
    rnd = random.Random(5)
    services.exams.add_exam("Exam Board", WEDNESDAY_9 - timedelta(hours=1), WEDNESDAY_9 + timedelta(hours=2))
    accounts = ["Globex", "Initech", "Exam Board"]
    numbers = []
    for index in range(60):
        services.clock.now = WEDNESDAY_9 - timedelta(minutes=rnd.randrange(0, 3000))
        case = services.cases.open_case(
            rnd.choice(accounts),
            rnd.randint(1, 4),
            f"case {index}",
            category="training" if rnd.random() < 0.1 else "incident",
            body="help" if rnd.random() < 0.7 else None,
        )
        numbers.append(case.number)
    for number in rnd.sample(numbers, 25):
        services.clock.now = WEDNESDAY_9 - timedelta(minutes=rnd.randrange(0, 60))
        services.talk.reply(number, "answer", "Anna Agent")
        if rnd.random() < 0.5:
            services.talk.customer_message(number, "follow-up")
    for number, status in zip(rnd.sample(numbers, 6), ["pending_customer", "on_hold"] * 3, strict=True):
        services.cases.change_status(number, status, actor="Lea Lead")
    now = WEDNESDAY_9
    with services.db.read() as session:
        programme = services.cases.loader.load(session)
        ctx = QueueContext(programme.live_exam_accounts(now), programme.priority_plans)
        for chain in (programme.chain, RuleChain.parse("severity,earliest_due"), RuleChain.parse("opened")):
            # Both sides read the same cases: every open status, as the queue view does.
            sql_numbers = list(
                session.scalars(
                    select(Case.number)
                    .where(Case.status.in_(OPEN_STATUS_CODES))
                    .order_by(*sql_order(chain, QUEUE_COLUMNS, ctx))
                )
            )
            summaries = [
                summary_of(r)
                for r in session.execute(summary_query().where(Case.status.in_(OPEN_STATUS_CODES)))
            ]
            python_numbers = [p.case.number for p in order(summaries, ctx, chain)]
            assert sql_numbers == python_numbers, chain
    assert datetime.now(UTC) > now  # the fixture clock is in the past of the real one
