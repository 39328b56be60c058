"""Proctored exam sessions on SQLite and PostgreSQL: booking (for Proctored
accounts only), changing, cancelling one occurrence of and deleting a session,
each recomputing the due times of the account's open unanswered cases in one
transaction and counting them; who may change them; the recurrence in words.

Due times are hand-computed from the default calendar: Monday to Friday
08:00-20:00 Europe/Berlin (CET = UTC+1 in November)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from console.services.errors import Conflict, InvalidInput, NotAllowed, NotFound
from console.services.usecases.exams import ExamService, recurrence_text
from tests.support.services import Services


@pytest.fixture
def exams(services: Services) -> ExamService:
    return services.exams


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


# -- exam sessions -----------------------------------------------------------------------

# Saturday 2026-11-28 10:00-12:00 Berlin = 09:00-11:00 UTC.
SAT_10 = utc(2026, 11, 28, 9, 0)
SAT_12 = utc(2026, 11, 28, 11, 0)


@pytest.fixture
def saturday_case(services: Services) -> int:
    """A Proctored Severity 3 (240 minutes) case opened Sat 10:00 Berlin."""
    services.clock.now = utc(2026, 11, 28, 12, 0)
    case = services.cases.open_case("Exam Board", 3, "Proctor cannot log in", opened_at=SAT_10)
    # No exam window: paused until Mon 08:00 Berlin, + 4h -> Mon 12:00 Berlin = 11:00 UTC.
    assert case.due_at == utc(2026, 11, 30, 11, 0)
    return case.number


def test_a_booking_reopens_the_proctored_clock_and_is_refused_for_other_plans(
    services: Services, exams: ExamService
) -> None:
    saturday_night = datetime(2026, 11, 28, 22, 0, tzinfo=UTC)
    services.clock.now = saturday_night
    case = services.cases.open_case("Exam Board", 1, "Proctor cannot see candidate", opened_at=saturday_night)
    assert case.due_at == datetime(2026, 11, 30, 7, 15, tzinfo=UTC)
    changed = exams.add_exam(
        "Exam Board", datetime(2026, 11, 28, 21, 0, tzinfo=UTC), datetime(2026, 11, 29, 1, 0, tzinfo=UTC)
    )
    assert changed.changed_cases == 1
    assert services.cases.summary(case.number).due_at == datetime(2026, 11, 28, 22, 15, tzinfo=UTC)
    with pytest.raises(InvalidInput, match="Proctored accounts"):
        exams.add_exam("Globex", saturday_night, saturday_night + timedelta(hours=1))
    with pytest.raises(InvalidInput, match="recurrence rule"):
        exams.add_exam("Exam Board", saturday_night, saturday_night + timedelta(hours=1), rrule="FREQ=NEVER")


def test_exam_sessions_are_edited_cancelled_and_deleted_with_recomputed_due_times(
    services: Services, exams: ExamService, saturday_case: int
) -> None:
    def due() -> datetime | None:
        return services.cases.detail(saturday_case).summary.due_at

    assert exams.add_exam("Exam Board", SAT_10, SAT_12, title="Finals", actor="Tom Tam").changed_cases == 1
    # 2h of the window on Saturday, 2h more from Mon 08:00 -> Mon 10:00 Berlin = 09:00 UTC.
    assert due() == utc(2026, 11, 30, 9, 0)
    [exam] = exams.exam_sessions("Exam Board")
    assert (exam.account_name, exam.title, exam.recurrence_text) == (
        "Exam Board",
        "Finals",
        "once (on demand)",
    )

    # One hour shorter: 1h on Saturday, 3h on Monday -> Mon 11:00 Berlin = 10:00 UTC.
    result = exams.edit_exam(
        exam.id, SAT_10, SAT_12 - timedelta(hours=1), None, "Finals", exam.version, actor="Ada Admin"
    )
    assert result.changed_cases == 1
    assert due() == utc(2026, 11, 30, 10, 0)
    with pytest.raises(Conflict, match="changed by someone else"):
        exams.edit_exam(exam.id, SAT_10, SAT_12, None, "Finals", exam.version, actor="Ada Admin")

    assert exams.delete_exam(exam.id, actor="Ada Admin").changed_cases == 1
    assert due() == utc(2026, 11, 30, 11, 0)
    assert exams.exam_sessions() == []


def test_cancelling_an_occurrence_closes_its_window(
    services: Services, exams: ExamService, saturday_case: int
) -> None:
    exams.add_exam("Exam Board", SAT_10, SAT_12, rrule="FREQ=WEEKLY;BYDAY=SA", actor="Ada Admin")
    [exam] = exams.exam_sessions()
    assert exam.recurrence_text == "weekly, Saturday"
    assert services.cases.detail(saturday_case).summary.due_at == utc(2026, 11, 30, 9, 0)
    with pytest.raises(InvalidInput, match="no occurrence starting 2026-11-28 11:00"):
        exams.cancel_occurrence(exam.id, SAT_10 + timedelta(hours=1), actor="Ada Admin")
    assert exams.cancel_occurrence(exam.id, SAT_10, actor="Ada Admin").changed_cases == 1
    # Without the Saturday window: Mon 12:00 Berlin again.
    assert services.cases.detail(saturday_case).summary.due_at == utc(2026, 11, 30, 11, 0)
    [exam] = exams.exam_sessions()
    assert exam.cancelled == (SAT_10,)
    with pytest.raises(InvalidInput, match="already cancelled"):
        exams.cancel_occurrence(exam.id, SAT_10, actor="Ada Admin")


def test_agents_may_not_change_exam_sessions(exams: ExamService, saturday_case: int) -> None:
    exams.add_exam("Exam Board", SAT_10, SAT_12, actor="Ada Admin")
    [exam] = exams.exam_sessions()
    with pytest.raises(NotAllowed, match="Anna Agent"):
        exams.delete_exam(exam.id, actor="Anna Agent")
    with pytest.raises(NotFound, match="no exam session #999"):
        exams.delete_exam(999, actor="Ada Admin")


def test_recurrence_in_words() -> None:
    assert recurrence_text("FREQ=MONTHLY;BYDAY=1MO") == "monthly, first Monday"
    assert recurrence_text("FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15") == "yearly, day 15, June"
    assert recurrence_text("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=4") == "every 2 weeks, Tuesday, 4 times"
    assert recurrence_text("FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20271231T000000Z") == (
        "monthly, last Friday, until 2027-12-31"
    )
