"""Booked proctored exam sessions as a table: account, title, the first window in
the session's own time zone (labelled: booking happens in that zone, the one
exception to the GUI's local-zone rule, and the tooltip says so), the recurrence in
words, and cancelled occurrences."""

from __future__ import annotations

from typing import Any

from console.services.usecases.exams import ExamView
from ui.widgets.row_model import DISPLAY, TOOLTIP, RowTableModel
from ui.widgets.time_text import wall_clock_text

# An exam session's moment in its own zone, with the weekday in the person's language.
EXAM_MOMENT = "ddd yyyy-MM-dd HH:mm"

ACCOUNT, TITLE, WINDOW, RECURRENCE, CANCELLED = range(5)


def window_text(exam: ExamView) -> str:
    """The booking's first window (the rule's first occurrence that is not cancelled)."""
    window = exam.first_window
    if window is None:
        return "—"
    start, end = window
    same_day = start.date() == end.date()
    finish = f"{end:%H:%M}" if same_day else wall_clock_text(end, EXAM_MOMENT)
    return f"{wall_clock_text(start, EXAM_MOMENT)}–{finish} {end:%Z}"


class ExamSessionModel(RowTableModel[ExamView]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.cell, parent)
        self.headers = (
            self.tr("Account"),
            self.tr("Session"),
            self.tr("First window"),
            self.tr("Recurrence"),
            self.tr("Cancelled"),
        )

    def cell(self, item: ExamView, row: int, column: int, role: int) -> Any:
        if role == DISPLAY:
            if column == ACCOUNT:
                return item.account_name
            if column == TITLE:
                return item.title
            if column == WINDOW:
                return window_text(item)
            if column == RECURRENCE:
                return item.recurrence_text
            if column == CANCELLED:
                if not item.cancelled:
                    return "—"
                shown = ", ".join(f"{item.local(c):%Y-%m-%d}" for c in item.cancelled[:3])
                more = len(item.cancelled) - 3
                return shown + (self.tr(" and %n more", "", more) if more > 0 else "")
        if role == TOOLTIP:
            if column == WINDOW:
                return self.tr(
                    "Times in {0}, the session's own time zone, as it is booked;"
                    " the cockpit shows them in your zone"
                ).format(item.time_zone)
            if column == RECURRENCE and item.rrule:
                return item.rrule
            if column == CANCELLED and item.cancelled:
                return "\n".join(wall_clock_text(item.local(c), EXAM_MOMENT) for c in item.cancelled)
        return None
