"""The published targets and which clock each plan and severity runs on."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from console.domain.plans import Category, Plan, Severity
from console.sla.calendar import AlwaysOpenCalendar, CalendarError, OperationalCalendar
from console.sla.exams import ExamSchedule, ExamSession
from console.sla.policy import DEFAULT_POLICY, ClockKind

BERLIN = ZoneInfo("Europe/Berlin")
CAL = OperationalCalendar()


@pytest.mark.parametrize(
    ("plan", "expected"),
    [
        (Plan.STANDARD, [240, 480, 720, 2160]),
        (Plan.PREMIER, [15, 30, 120, 720]),
        (Plan.PROCTORED, [15, 45, 240, 1440]),
    ],
)
def test_published_targets(plan: Plan, expected: list[int]) -> None:
    assert [DEFAULT_POLICY.target_minutes(plan, s) for s in Severity] == expected


def test_premier_severity_one_is_on_call_24x7() -> None:
    assert DEFAULT_POLICY.kind(Plan.PREMIER, Severity.URGENT) is ClockKind.ALWAYS
    assert isinstance(DEFAULT_POLICY.calendar_for(Plan.PREMIER, Severity.URGENT, CAL), AlwaysOpenCalendar)
    assert DEFAULT_POLICY.calendar_for(Plan.PREMIER, Severity.HIGH, CAL) is CAL
    saturday_night = datetime(2026, 11, 28, 23, 0, tzinfo=BERLIN)
    clock = DEFAULT_POLICY.clock_for(Plan.PREMIER, Severity.URGENT, saturday_night, CAL)
    assert clock is not None
    assert clock.due_at() == datetime(2026, 11, 28, 23, 15, tzinfo=BERLIN)


def test_proctored_runs_during_exam_sessions() -> None:
    exams = ExamSchedule.of(
        [
            ExamSession(
                datetime(2026, 11, 28, 20, 0, tzinfo=BERLIN), datetime(2026, 11, 29, 1, 0, tzinfo=BERLIN)
            )
        ]
    )
    during = datetime(2026, 11, 28, 23, 0, tzinfo=BERLIN)
    clock = DEFAULT_POLICY.clock_for(Plan.PROCTORED, Severity.URGENT, during, CAL, exams)
    assert clock is not None
    assert clock.due_at() == datetime(2026, 11, 28, 23, 15, tzinfo=BERLIN)
    # Without the session it would wait for Monday.
    plain = DEFAULT_POLICY.clock_for(Plan.PROCTORED, Severity.URGENT, during, CAL)
    assert plain is not None
    assert plain.due_at() == datetime(2026, 11, 30, 8, 15, tzinfo=BERLIN)
    # Exam windows only serve Proctored clocks.
    standard = DEFAULT_POLICY.clock_for(Plan.STANDARD, Severity.URGENT, during, CAL, exams)
    assert standard is not None
    assert standard.due_at() == datetime(2026, 11, 30, 12, 0, tzinfo=BERLIN)


def test_paid_add_ons_carry_no_clock() -> None:
    now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    for category in (Category.CUSTOMISATION, Category.TRAINING, Category.CONSULTING, Category.IMPLEMENTATION):
        assert category.is_paid_add_on
        assert DEFAULT_POLICY.clock_for(Plan.PREMIER, Severity.URGENT, now, CAL, category=category) is None
    assert DEFAULT_POLICY.clock_for(Plan.PREMIER, Severity.LOW, now, CAL, category=Category.BUG) is not None


def test_edited_targets() -> None:
    edited = DEFAULT_POLICY.with_target(Plan.STANDARD, Severity.URGENT, 120)
    assert edited.target_minutes(Plan.STANDARD, Severity.URGENT) == 120
    assert DEFAULT_POLICY.target_minutes(Plan.STANDARD, Severity.URGENT) == 240
    with pytest.raises(CalendarError, match="positive"):
        DEFAULT_POLICY.with_target(Plan.STANDARD, Severity.URGENT, 0)


def test_parsing_plans_and_severities() -> None:
    assert Plan.parse("Premier") is Plan.PREMIER
    assert Plan.parse("Proctored exam 24x7") is Plan.PROCTORED
    assert Severity.parse("1") is Severity.URGENT
    assert Severity.parse("low") is Severity.LOW
    for bad in ("5", "0", "x", "-1"):
        with pytest.raises(ValueError, match="severity must be"):
            Severity.parse(bad)
    with pytest.raises(ValueError, match="unknown plan"):
        Plan.parse("gold")


SATURDAY_EXAM = ExamSchedule.of(
    [ExamSession(datetime(2026, 11, 28, 20, 0, tzinfo=BERLIN), datetime(2026, 11, 29, 1, 0, tzinfo=BERLIN))]
)


@pytest.mark.parametrize("plan", list(Plan))
@pytest.mark.parametrize("severity", list(Severity))
def test_the_policy_is_the_one_home_of_which_calendar_a_case_runs_on(plan: Plan, severity: Severity) -> None:
    """SlaPolicy.calendar_for decides; Programme.calendar_for only asks it (issue 10)."""
    during_exam = datetime(2026, 11, 28, 23, 0, tzinfo=BERLIN)
    plain = DEFAULT_POLICY.calendar_for(plan, severity, CAL)
    with_exams = DEFAULT_POLICY.calendar_for(plan, severity, CAL, SATURDAY_EXAM)
    if plan is Plan.PREMIER and severity is Severity.URGENT:
        # 24x7 on call, exam windows or not.
        assert isinstance(plain, AlwaysOpenCalendar)
        assert isinstance(with_exams, AlwaysOpenCalendar)
    elif plan is Plan.PROCTORED:
        # Operational hours united with the account's exam windows.
        assert plain is CAL
        assert isinstance(with_exams, OperationalCalendar)
        assert with_exams.extra_windows == (SATURDAY_EXAM,)
        assert with_exams.is_open(during_exam)
        assert not CAL.is_open(during_exam)
        # An empty schedule adds nothing.
        assert DEFAULT_POLICY.calendar_for(plan, severity, CAL, ExamSchedule.of([])) is CAL
    else:
        # Operational hours; exam windows serve Proctored clocks only.
        assert plain is CAL
        assert with_exams is CAL
