"""The demo organisation on SQLite and PostgreSQL: the counts, exactly one exam
live at ``now``, an open queue with breached and at-risk cases, a rich audit trail,
and a second seed refused."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from console.demo.closed_history import CLOSED_HISTORY, CLOSED_HISTORY_DAYS
from console.demo.mailbox import MAIL_CASES
from console.demo.seed import CASE_COUNT, seed_demo
from console.domain.cases import CaseStatus, Role
from console.domain.plans import Plan, Severity
from console.services.errors import InvalidInput
from console.services.infrastructure.database import Database
from console.services.infrastructure.programme import ProgrammeLoader
from console.services.readmodels.queue import QueueService
from console.services.usecases.accounts import AccountService
from console.sla.clock import ClockState
from console.storage.models import (
    Account,
    Case,
    CaseEvent,
    ChangeLog,
    Contact,
    ExamCancellation,
    Message,
    TamNote,
)

# Wednesday 2026-03-11 10:30 CET: the support calendar is open.
NOW = datetime(2026, 3, 11, 9, 30, tzinfo=UTC)


def test_seed_builds_a_believable_organisation(engine: Engine) -> None:
    db = Database(engine)
    summary = seed_demo(db, now=NOW)

    assert summary.cases == CASE_COUNT + CLOSED_HISTORY + MAIL_CASES
    assert 28 <= summary.accounts <= 32
    assert 40 <= summary.open_cases <= 70
    assert summary.exam_sessions >= 6

    accounts = AccountService(db)
    roles = Counter(user.role for user in accounts.users())
    assert roles == {Role.ADMIN: 1, Role.LEAD: 2, Role.TAM: 3, Role.AGENT: 12}
    views = accounts.accounts()
    plans = Counter(view.plan for view in views)
    assert plans == {Plan.STANDARD: 12, Plan.PREMIER: 12, Plan.PROCTORED: 6}
    premier = [view for view in views if view.plan is Plan.PREMIER]
    assert all(view.tam_name for view in premier)
    assert any(view.early_adopter for view in premier)
    assert any(view.trial_until is not None for view in premier)

    with db.read() as session:
        programme = ProgrammeLoader().load(session)
        live = programme.live_exam_accounts(NOW)
        live_names = session.scalars(select(Account.name).where(Account.id.in_(live))).all()
        assert live_names == [summary.live_exam_account]
        proctored = set(session.scalars(select(Account.id).where(Account.plan_code == Plan.PROCTORED.value)))
        assert set(programme.exams) == proctored
        assert session.scalar(select(func.count()).select_from(ExamCancellation)) == 1
        contacts = Counter(session.scalars(select(Contact.account_id)))
        assert len(contacts) == summary.accounts
        assert all(1 <= n <= 3 for n in contacts.values())
        assert (
            session.scalar(select(func.count()).select_from(Case)) == CASE_COUNT + CLOSED_HISTORY + MAIL_CASES
        )
        oldest = session.scalar(select(func.min(Case.opened_at)))
        assert oldest is not None and NOW - timedelta(days=CLOSED_HISTORY_DAYS) <= oldest
        # numbered in the order they were opened, the month of history included
        numbers = session.execute(select(Case.number).order_by(Case.opened_at, Case.id)).scalars().all()
        assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
        no_messages = session.scalar(
            select(func.count()).select_from(Case).where(~Case.id.in_(select(Message.case_id)))
        )
        assert no_messages == 0
        assert (session.scalar(select(func.count()).select_from(TamNote)) or 0) >= 10
        newest = session.scalar(select(func.max(Case.opened_at)))
        assert newest is not None and NOW - timedelta(hours=1) <= newest <= NOW
        kinds = Counter(session.execute(select(Message.kind, Message.author_kind)).tuples())
        assert (
            kinds[("reply", "customer")] >= CASE_COUNT + CLOSED_HISTORY + MAIL_CASES
        )  # every case opens with the customer's message
        assert kinds[("reply", "agent")] > 100 and kinds[("note", "agent")] > 0
        assert kinds[("chat", "customer")] > 0 and kinds[("chat", "agent")] > 0
        actions = Counter(session.scalars(select(CaseEvent.action)))
        for action in ("opened", "first_response", "assigned", "severity", "status", "chat", "note"):
            assert actions[action] > 0, action
        latest = session.scalar(select(func.max(CaseEvent.at)))
        assert latest is not None and latest <= NOW
        assert (session.scalar(select(func.count()).select_from(ChangeLog)) or 0) > 1000
        statuses = Counter(session.scalars(select(Case.status)))
        assert statuses[CaseStatus.CLOSED.value] > 50 and statuses[CaseStatus.PENDING_CUSTOMER.value] > 0

    rows = QueueService(db, clock=lambda: NOW).rows(NOW)
    assert len(rows) == summary.open_cases
    states = Counter(row.clock.state for row in rows if row.clock is not None)
    assert states[ClockState.BREACHED] >= 1
    assert states[ClockState.AT_RISK] >= 1
    assert any(row.case.assignee_id is None for row in rows)
    assert any(row.case.unread_chat for row in rows)
    assert any(row.case.plan is Plan.PREMIER and row.case.severity is Severity.URGENT for row in rows)
    assert rows[0].exam_live and rows[0].case.account_name == summary.live_exam_account

    with pytest.raises(InvalidInput, match="empty database"):
        seed_demo(db, now=NOW)
    with db.read() as session:
        assert (
            session.scalar(select(func.count()).select_from(Case)) == CASE_COUNT + CLOSED_HISTORY + MAIL_CASES
        )


@pytest.mark.slow
def test_seed_is_deterministic_for_a_seed_and_now(tmp_path: Path) -> None:
    """The same seed and ``now`` give the same cases, to the second (SQLite only: the
    services are the same on both backends)."""
    query = select(
        Case.number, Case.subject, Case.severity, Case.status, Case.opened_at, Case.first_response_at
    ).order_by(Case.number)
    seen = []
    for name in ("first", "second"):
        db = Database.open(f"sqlite:///{tmp_path / name}.sqlite3")
        try:
            seed_demo(db, now=NOW, seed=7)
            with db.read() as session:
                seen.append(session.execute(query).tuples().all())
        finally:
            db.close()
    assert seen[0] == seen[1]
