"""The "Exam sessions" tab: every booked proctored exam session, and booking,
changing, cancelling one occurrence of, or deleting one. Each change recomputes
the due times of that account's open Proctored cases awaiting a first response;
the tab says how many moved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.plans import Plan
from console.services.bundle import ConsoleServices
from console.services.usecases.exams import ExamView
from console.services.usecases.setup_change import SetupResult
from ui.handlers import start
from ui.session import ConsoleSession
from ui.settings.exam_dialog import ExamDialog, ExamForm, coming_occurrences
from ui.settings.exam_model import EXAM_MOMENT, ExamSessionModel
from ui.settings.setup_tab import SetupTab, intro_label, row_table
from ui.widgets.plain_text import question_box
from ui.widgets.time_text import wall_clock_text


@dataclass(frozen=True)
class ExamData:
    exams: list[ExamView]
    accounts: list[str]  # Proctored accounts, for booking
    time_zone: str


def read_exams(services: ConsoleServices) -> ExamData:
    """Worker-thread work: the sessions, the Proctored accounts and the calendar's zone.
    It gets the services, not the session (a QObject must not be let go on a worker)."""
    accounts = [a.name for a in services.accounts.accounts() if a.plan is Plan.PROCTORED]
    return ExamData(
        services.exams.exam_sessions(),
        accounts,
        services.calendar.calendar_settings().time_zone,
    )


class ExamsTab(SetupTab):
    def __init__(self, session: ConsoleSession, parent: QWidget | None = None) -> None:
        super().__init__(session, partial(read_exams, session.services), self._loaded, parent)
        self.data: ExamData | None = None
        intro = intro_label(
            self.tr(
                "A Proctored account's clock also runs during its exam sessions, at night, at weekends and "
                "on holidays. Changing a session recomputes that account's open cases."
            ),
            self,
        )
        self.model = ExamSessionModel(self)
        self.table = row_table(self.model, self)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.empty_label = QLabel(self.tr("No exam sessions are booked."), self)
        self.empty_label.setProperty("muted", True)
        self.add_button = QPushButton(self.tr("Book…"), self)
        self.add_button.setProperty("primary", True)
        self.edit_button = QPushButton(self.tr("Change…"), self)
        self.cancel_button = QPushButton(self.tr("Cancel an occurrence…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.delete_button, self.cancel_button, self.edit_button, self.add_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)

        # Replaceable in tests: a modal question would block them.
        self.confirm: Callable[[str], bool] = self._ask
        self.add_button.clicked.connect(self.open_add_dialog)
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.cancel_button.clicked.connect(self.open_cancel_dialog)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_edit_dialog())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def _loaded(self, data: ExamData) -> None:
        selected = self.selected()
        self.data = data
        self.model.set_rows(data.exams)
        self.empty_label.setVisible(not data.exams)
        if selected is not None:
            for row, exam in enumerate(data.exams):
                if exam.id == selected.id:
                    self.table.selectRow(row)
        self.stale = False
        self._update_buttons()
        self.loaded.emit()

    def selected(self) -> ExamView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # -- the use cases (the dialogs end here; tests call them directly) ---------------------

    def book(self, form: ExamForm) -> None:
        start(self._book(form))

    async def _book(self, form: ExamForm) -> None:
        exams = self.session.services.exams
        result = await self.write(
            exams.add_exam,
            form.account,
            form.start,
            form.end,
            form.rrule,
            form.title,
            str(form.start.tzinfo),
            self.actor,
        )
        self._done(self.tr("Booked for {0}.").format(form.account), result)

    def change(self, exam: ExamView, form: ExamForm) -> None:
        start(self._change(exam, form))

    async def _change(self, exam: ExamView, form: ExamForm) -> None:
        exams = self.session.services.exams
        result = await self.write(
            exams.edit_exam, exam.id, form.start, form.end, form.rrule, form.title, exam.version, self.actor
        )
        self._done(self.tr("Changed."), result)

    def cancel_occurrence(self, exam: ExamView, start_at: datetime) -> None:
        start(self._cancel_occurrence(exam, start_at))

    async def _cancel_occurrence(self, exam: ExamView, start_at: datetime) -> None:
        result = await self.write(
            self.session.services.exams.cancel_occurrence, exam.id, start_at, self.actor
        )
        when = wall_clock_text(exam.local(start_at), EXAM_MOMENT)
        self._done(self.tr("Cancelled the session of {0}.").format(when), result)

    def delete(self, exam: ExamView) -> None:
        start(self._delete(exam))

    async def _delete(self, exam: ExamView) -> None:
        result = await self.write(self.session.services.exams.delete_exam, exam.id, self.actor, exam.version)
        self._done(self.tr("Deleted."), result)

    def _done(self, text: str, result: SetupResult) -> None:
        self.status.show_ok(f"{text} {self.status.cases_text(result.changed_cases)}")
        self.reload()

    # -- dialogs ----------------------------------------------------------------------------------

    def exam_dialog(self, exam: ExamView | None = None) -> ExamDialog:
        data = self.data
        zone = data.time_zone if data is not None else "Europe/Berlin"
        dialog = ExamDialog(zone, data.accounts if data is not None else [], exam, self)
        if exam is None:
            # A sensible first guess: the next full hour, for two hours.
            start = self.session.services.clock().replace(minute=0, second=0) + timedelta(hours=1)
            dialog.set_window(start, start + timedelta(hours=2))
        return dialog

    def open_add_dialog(self) -> None:
        if self.data is not None and not self.data.accounts:
            self.status.show_error(
                self.tr("No account is on the Proctored plan: exam sessions are booked for those.")
            )
            return
        dialog = self.exam_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.book(dialog.form())

    def open_edit_dialog(self) -> None:
        exam = self.selected()
        if exam is None or self.read_only:
            return
        dialog = self.exam_dialog(exam)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.change(exam, dialog.form())

    def open_cancel_dialog(self) -> None:
        exam = self.selected()
        if exam is None:
            return
        now = self.session.services.clock()
        starts = coming_occurrences(exam, now)
        if not starts:
            self.status.show_error(self.tr("{0} has no coming occurrence to cancel.").format(exam.title))
            return
        labels = [wall_clock_text(exam.local(s), "ddd yyyy-MM-dd HH:mm") for s in starts]
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Cancel an occurrence"),
            self.tr("Which session of {0}?").format(exam.title),
            labels,
            0,
            False,
        )
        if ok and choice in labels:
            self.cancel_occurrence(exam, starts[labels.index(choice)])

    def delete_selected(self) -> None:
        exam = self.selected()
        if exam is None:
            return
        question = self.tr("Delete {0} of {1} with all its occurrences?").format(
            exam.title, exam.account_name
        )
        if self.confirm(question):
            self.delete(exam)

    def _ask(self, question: str) -> bool:
        box = question_box(self, self.tr("Delete the exam session"), question)
        return box.exec() == QMessageBox.StandardButton.Yes

    # -- read-only ----------------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected() is not None
        for button in (self.add_button, self.edit_button, self.cancel_button, self.delete_button):
            button.setVisible(not self.read_only)
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        exam = self.selected()
        self.cancel_button.setEnabled(exam is not None and exam.rrule is not None)
