"""The admin screen's exam table shows a booking's first window: the rule's first
occurrence that is not cancelled, not the day the booking was made from."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from console.services.usecases.exams import ExamView
from ui.settings.exam_model import WINDOW, ExamSessionModel, window_text


def _exam(rrule: str | None, cancelled: tuple[datetime, ...] = ()) -> ExamView:
    # Wednesday 2 December 2026, 08:00-12:00 Berlin time
    return ExamView(
        id=1,
        account_id=1,
        account_name="Exam Board",
        title="Monthly exams",
        start=datetime(2026, 12, 2, 7, 0, tzinfo=UTC),
        end=datetime(2026, 12, 2, 11, 0, tzinfo=UTC),
        time_zone="Europe/Berlin",
        rrule=rrule,
        cancelled=cancelled,
        version=1,
    )


def test_a_monthly_first_saturday_rule_starts_on_a_saturday() -> None:
    assert window_text(_exam("FREQ=MONTHLY;BYDAY=1SA")) == "Sat 2026-12-05 08:00–12:00 CET"


def test_a_cancelled_first_occurrence_moves_the_first_window_on() -> None:
    cancelled = (datetime(2026, 12, 5, 7, 0, tzinfo=UTC),)
    assert window_text(_exam("FREQ=MONTHLY;BYDAY=1SA", cancelled)) == "Sat 2027-01-02 08:00–12:00 CET"


def test_a_one_off_session_shows_its_window() -> None:
    assert window_text(_exam(None)) == "Wed 2026-12-02 08:00–12:00 CET"


def test_the_session_zone_is_labelled_and_explained(new_york: ZoneInfo) -> None:
    # Booking is done in the session's own zone, whatever the admin's zone is.
    assert window_text(_exam(None)) == "Wed 2026-12-02 08:00–12:00 CET"
    model = ExamSessionModel()
    model.set_rows([_exam(None)])
    tooltip = model.index(0, WINDOW).data(Qt.ItemDataRole.ToolTipRole)
    assert "Europe/Berlin" in tooltip and "own time zone" in tooltip and "your zone" in tooltip
