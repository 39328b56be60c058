"""The programme's calendar per case: it asks the SLA policy, the one home of
which calendar a plan and severity run on, and only keeps the exam-united
calendar of each account (issue 10)."""

from __future__ import annotations

from datetime import datetime
from types import MappingProxyType
from zoneinfo import ZoneInfo

import pytest

from console.domain.plans import Plan, Severity
from console.queueing import DEFAULT_CHAIN
from console.services.infrastructure.programme import Programme
from console.sla.calendar import AlwaysOpenCalendar, Calendar, OperationalCalendar
from console.sla.exams import ExamSchedule, ExamSession
from console.sla.policy import DEFAULT_POLICY, SlaPolicy

BERLIN = ZoneInfo("Europe/Berlin")
CAL = OperationalCalendar()
EXAM_ACCOUNT, PLAIN_ACCOUNT = 7, 8
SATURDAY_EXAM = ExamSchedule.of(
    [ExamSession(datetime(2026, 11, 28, 20, 0, tzinfo=BERLIN), datetime(2026, 11, 29, 1, 0, tzinfo=BERLIN))]
)
DURING_EXAM = datetime(2026, 11, 28, 23, 0, tzinfo=BERLIN)


def _programme() -> Programme:
    return Programme(
        DEFAULT_POLICY,
        CAL,
        DEFAULT_CHAIN,
        MappingProxyType({}),
        MappingProxyType({EXAM_ACCOUNT: SATURDAY_EXAM}),
    )


@pytest.mark.parametrize("plan", list(Plan))
@pytest.mark.parametrize("severity", list(Severity))
def test_the_programme_answers_as_the_policy_does(plan: Plan, severity: Severity) -> None:
    programme = _programme()
    assert programme.calendar_for(plan, severity, PLAIN_ACCOUNT) is DEFAULT_POLICY.calendar_for(
        plan, severity, CAL
    )
    exam = programme.calendar_for(plan, severity, EXAM_ACCOUNT)
    expected = DEFAULT_POLICY.calendar_for(plan, severity, CAL, SATURDAY_EXAM)
    assert type(exam) is type(expected)
    assert exam.is_open(DURING_EXAM) == expected.is_open(DURING_EXAM)
    assert exam.add(DURING_EXAM, 15) == expected.add(DURING_EXAM, 15)
    if plan is Plan.PROCTORED:
        assert exam.is_open(DURING_EXAM)
    # The exam-united calendar is built once per account, not per case.
    assert programme.calendar_for(plan, severity, EXAM_ACCOUNT) is exam


def test_the_programme_asks_the_policy_for_exam_accounts_too(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[Plan, Severity, ExamSchedule | None]] = []
    original = SlaPolicy.calendar_for

    def spy(
        self: SlaPolicy,
        plan: Plan,
        severity: Severity,
        business: OperationalCalendar,
        exams: ExamSchedule | None = None,
    ) -> Calendar:
        asked.append((plan, severity, exams))
        return original(self, plan, severity, business, exams)

    monkeypatch.setattr(SlaPolicy, "calendar_for", spy)
    programme = _programme()
    assert programme.calendar_for(Plan.PROCTORED, Severity.URGENT, EXAM_ACCOUNT).is_open(DURING_EXAM)
    assert isinstance(programme.calendar_for(Plan.PREMIER, Severity.URGENT, EXAM_ACCOUNT), AlwaysOpenCalendar)
    assert (Plan.PROCTORED, Severity.URGENT, SATURDAY_EXAM) in asked
