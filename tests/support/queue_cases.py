"""Cases for the queue's rules without a database: ``case`` builds one open case
from a few numbers (minutes after a fixed Wednesday 09:00 in Berlin), and
``cases_strategy`` generates whole queues of them for property tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import strategies as st

from console.domain.cases import CaseStatus, CaseSummary
from console.domain.plans import Category, Plan, Severity

T0 = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def case(
    number: int,
    plan: Plan = Plan.STANDARD,
    severity: Severity = Severity.MEDIUM,
    due: int | None = 60,
    responded: bool = False,
    waiting: int | None = None,
    opened: int = 0,
    account: int = 1,
    category: Category = Category.INCIDENT,
) -> CaseSummary:
    return CaseSummary.create(
        id=number,
        number=number,
        subject=f"case {number}",
        category=category,
        severity=severity,
        status=CaseStatus.OPEN,
        plan=plan,
        account_id=account,
        account_name=f"account {account}",
        language="en",
        opened_at=T0 + timedelta(minutes=opened),
        due_at=None if due is None else T0 + timedelta(minutes=due),
        first_response_at=T0 if responded else None,
        waiting_since=None if waiting is None else T0 + timedelta(minutes=waiting),
        assignee_id=None,
        assignee_name=None,
        unread_chat=0,
        version=1,
    )


cases_strategy = st.lists(
    st.builds(
        case,
        number=st.integers(1, 10_000),
        plan=st.sampled_from(list(Plan)),
        severity=st.sampled_from(list(Severity)),
        due=st.one_of(st.none(), st.integers(0, 3000)),
        responded=st.booleans(),
        waiting=st.one_of(st.none(), st.integers(0, 3000)),
        opened=st.integers(-3000, 0),
        account=st.integers(1, 5),
        category=st.sampled_from(
            [Category.INCIDENT, Category.QUESTION, Category.TRAINING, Category.CONSULTING]
        ),
    ),
    max_size=40,
    unique_by=lambda c: c.number,
)
