"""The first-response due time has one home, ``casework.due_time``: opening a
case, changing its severity and the bulk recompute after a set-up change all ask
it (issue 10)."""

from __future__ import annotations

from datetime import UTC, datetime
from types import MappingProxyType
from zoneinfo import ZoneInfo

import pytest

from console.domain.plans import Category, Plan, Severity
from console.queueing import DEFAULT_CHAIN
from console.services.infrastructure.programme import Programme
from console.services.usecases import casework, due_times
from console.services.usecases.casework import due_time
from console.services.usecases.targets import TargetService
from console.sla.calendar import OperationalCalendar
from console.sla.exams import ExamSchedule, ExamSession
from console.sla.policy import DEFAULT_POLICY
from tests.support.services import Services

BERLIN = ZoneInfo("Europe/Berlin")
EXAM_ACCOUNT, PLAIN_ACCOUNT = 7, 8
SATURDAY_NIGHT = datetime(2026, 11, 28, 23, 0, tzinfo=BERLIN)
PROGRAMME = Programme(
    DEFAULT_POLICY,
    OperationalCalendar(),  # Mon-Fri 08:00-20:00 Europe/Berlin
    DEFAULT_CHAIN,
    MappingProxyType({}),
    MappingProxyType(
        {
            EXAM_ACCOUNT: ExamSchedule.of(
                [
                    ExamSession(
                        datetime(2026, 11, 28, 20, 0, tzinfo=BERLIN),
                        datetime(2026, 11, 29, 1, 0, tzinfo=BERLIN),
                    )
                ]
            )
        }
    ),
)


def test_a_paid_add_on_has_no_due_time() -> None:
    for category in Category:
        due = due_time(PROGRAMME, Plan.PREMIER, Severity.URGENT, PLAIN_ACCOUNT, category, SATURDAY_NIGHT)
        assert (due is None) is category.is_paid_add_on


def test_premier_severity_one_counts_around_the_clock() -> None:
    due = due_time(PROGRAMME, Plan.PREMIER, Severity.URGENT, PLAIN_ACCOUNT, Category.INCIDENT, SATURDAY_NIGHT)
    assert due == datetime(2026, 11, 28, 23, 15, tzinfo=BERLIN)
    # Severity 2 waits for Monday 08:00, then 30 minutes.
    due = due_time(PROGRAMME, Plan.PREMIER, Severity.HIGH, PLAIN_ACCOUNT, Category.INCIDENT, SATURDAY_NIGHT)
    assert due == datetime(2026, 11, 30, 8, 30, tzinfo=BERLIN)


def test_proctored_counts_during_the_accounts_exam_window() -> None:
    due = due_time(
        PROGRAMME, Plan.PROCTORED, Severity.URGENT, EXAM_ACCOUNT, Category.INCIDENT, SATURDAY_NIGHT
    )
    assert due == datetime(2026, 11, 28, 23, 15, tzinfo=BERLIN)
    # Another account's exams do not open this account's clock.
    due = due_time(
        PROGRAMME, Plan.PROCTORED, Severity.URGENT, PLAIN_ACCOUNT, Category.INCIDENT, SATURDAY_NIGHT
    )
    assert due == datetime(2026, 11, 30, 8, 15, tzinfo=BERLIN)
    # Nor those of a Standard case of the exam account.
    due = due_time(PROGRAMME, Plan.STANDARD, Severity.URGENT, EXAM_ACCOUNT, Category.INCIDENT, SATURDAY_NIGHT)
    assert due == datetime(2026, 11, 30, 12, 0, tzinfo=BERLIN)


def test_the_recompute_asks_the_same_function(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []

    def spy(
        programme: Programme,
        plan: Plan,
        severity: Severity,
        account_id: int,
        category: Category,
        opened_at: datetime,
    ) -> datetime | None:
        asked.append(account_id)
        return casework.due_time(programme, plan, severity, account_id, category, opened_at)

    monkeypatch.setattr(due_times, "due_time", spy)
    number = services.cases.open_case("Globex", 4, "Low").number
    targets = TargetService(services.db, services.loader, services.clock)
    assert targets.set_target("standard", 4, 720, actor="Ada Admin").changed_cases == 1
    assert len(asked) == 1
    # 720 minutes from Wed 09:00 Berlin -> Thu 09:00 Berlin.
    assert services.cases.detail(number).summary.due_at == datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
