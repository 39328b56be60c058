"""Booking or changing an exam session: the account (when booking), a title, the
first window in the session's time zone, and how it recurs — once, monthly on the
same weekday of the month, annually, or a custom RFC 5545 rule — read back in
words before saving. Choosing an occurrence to cancel lists the coming ones."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.services.usecases.exams import ExamView, recurrence_text
from console.sla.calendar import CalendarError
from console.sla.exams import ExamSession
from ui.widgets.date_limits import limit_to_product_range
from ui.widgets.plain_text import plain

ONCE, MONTHLY, ANNUALLY, CUSTOM = range(4)
_DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class ExamForm:
    account: str
    title: str
    start: datetime
    end: datetime
    rrule: str | None


def monthly_rule(start: datetime) -> str:
    """The same weekday of the month as ``start``; the month's last such weekday
    is booked as "the last" (a fifth one does not come every month)."""
    week = (start.day - 1) // 7 + 1
    last = start.day + 7 > calendar.monthrange(start.year, start.month)[1]
    return f"FREQ=MONTHLY;BYDAY={-1 if last else week}{_DAY_CODES[start.weekday()]}"


class ExamDialog(QDialog):
    def __init__(
        self,
        time_zone: str,
        accounts: list[str],
        exam: ExamView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo(exam.time_zone if exam is not None else time_zone)
        self.setWindowTitle(self.tr("Change the exam session") if exam else self.tr("Book an exam session"))
        self.setMinimumWidth(480)
        self.account_box = QComboBox(self)
        self.account_box.addItems(accounts if exam is None else [exam.account_name])
        self.account_box.setEnabled(exam is None)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("Proctored exam session"))
        qt_zone = QTimeZone(str(self.zone.key).encode())
        self.start_edit = QDateTimeEdit(self)
        self.end_edit = QDateTimeEdit(self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd yyyy-MM-dd HH:mm")
            edit.setTimeZone(qt_zone)
            limit_to_product_range(edit)
        self.recurrence_box = QComboBox(self)
        self.recurrence_box.addItems(
            [self.tr("Once (on demand)"), self.tr("Monthly"), self.tr("Annually"), self.tr("Custom rule")]
        )
        self.rule_edit = QLineEdit(self)
        self.rule_edit.setPlaceholderText("FREQ=MONTHLY;BYDAY=1MO")
        self.in_words = plain(QLabel(self))  # may quote the rule as typed
        self.in_words.setProperty("muted", True)
        self.in_words.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )

        form = QFormLayout()
        form.addRow(self.tr("Account"), self.account_box)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Starts"), self.start_edit)
        form.addRow(self.tr("Ends"), self.end_edit)
        form.addRow(self.tr("Recurs"), self.recurrence_box)
        form.addRow(self.tr("Rule"), self.rule_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Times are in {0}.").format(self.zone.key), self))
        layout.addWidget(self.in_words)
        layout.addWidget(self.buttons)

        if exam is not None:
            self.title_edit.setText(exam.title)
            self.set_window(exam.local(exam.start), exam.local(exam.end))
            self.recurrence_box.setCurrentIndex(CUSTOM if exam.rrule else ONCE)
            self.rule_edit.setText(exam.rrule or "")
        self.recurrence_box.currentIndexChanged.connect(self._recurrence_changed)
        self.start_edit.dateTimeChanged.connect(self._recurrence_changed)
        self.rule_edit.textChanged.connect(self._describe)
        self.end_edit.dateTimeChanged.connect(self._describe)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._recurrence_changed()

    def set_window(self, start: datetime, end: datetime) -> None:
        self.start_edit.setDateTime(
            QDateTime.fromSecsSinceEpoch(int(start.timestamp()), self.start_edit.timeZone())
        )
        self.end_edit.setDateTime(
            QDateTime.fromSecsSinceEpoch(int(end.timestamp()), self.end_edit.timeZone())
        )

    def _instant(self, edit: QDateTimeEdit) -> datetime:
        return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), self.zone)

    def _recurrence_changed(self) -> None:
        choice = self.recurrence_box.currentIndex()
        start = self._instant(self.start_edit)
        if choice == ONCE:
            self.rule_edit.setText("")
        elif choice == MONTHLY:
            self.rule_edit.setText(monthly_rule(start))
        elif choice == ANNUALLY:
            self.rule_edit.setText("FREQ=YEARLY")
        self.rule_edit.setEnabled(choice == CUSTOM)
        self._describe()

    def form(self) -> ExamForm:
        """The values; CalendarError when the window or rule does not make sense."""
        start, end = self._instant(self.start_edit), self._instant(self.end_edit)
        rule = self.rule_edit.text().strip() or None
        ExamSession(start, end, rule)
        return ExamForm(self.account_box.currentText(), self.title_edit.text().strip(), start, end, rule)

    def _describe(self) -> None:
        try:
            form = self.form()
        except CalendarError as error:
            self.in_words.setText(str(error))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(form.account))
        length = form.end - form.start
        hours, rest = divmod(int(length.total_seconds()) // 60, 60)
        words = recurrence_text(form.rrule)
        self.in_words.setText(
            self.tr("{0}; {1}h {2:02d}m each.").format(words[:1].upper() + words[1:], hours, rest)
        )

    def _accept(self) -> None:
        try:
            self.form()
        except CalendarError:
            return
        self.accept()


def coming_occurrences(exam: ExamView, now: datetime, count: int = 24) -> list[datetime]:
    """The next ``count`` occurrence starts of ``exam`` after ``now``, cancelled ones left out."""
    session = ExamSession(
        exam.local(exam.start),
        exam.local(exam.end),
        exam.rrule,
        frozenset(exam.local(c) for c in exam.cancelled),
    )
    found = session.occurrences(now, now + timedelta(days=3 * 366))
    return [start for start, _ in found if start >= now][:count]
