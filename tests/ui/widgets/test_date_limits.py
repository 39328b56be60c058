"""The GUI's date and time editors stop at the range the product accepts
(console.domain.instants), as every command does (issue 9, point 12)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QTimeZone
from pytestqt.qtbot import QtBot

from console.domain.instants import EARLIEST, LATEST
from ui.settings.exam_dialog import ExamDialog


def test_the_exam_dialog_stops_at_the_product_range(qtbot: QtBot) -> None:
    dialog = ExamDialog("Europe/Berlin", ["Exam Board"])
    qtbot.addWidget(dialog)
    for edit in (dialog.start_edit, dialog.end_edit):
        assert edit.minimumDateTime().toSecsSinceEpoch() == int(EARLIEST.timestamp())
        assert edit.maximumDateTime().toSecsSinceEpoch() == int(LATEST.timestamp())
        edit.setDateTime(QDateTime(QDate(1, 1, 1), edit.time(), QTimeZone.utc()))
        assert edit.dateTime().toSecsSinceEpoch() == int(EARLIEST.timestamp())


def test_a_date_editor_stops_at_the_first_and_last_date(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDateEdit

    from console.domain.instants import EARLIEST_DATE, LATEST_DATE
    from ui.widgets.date_limits import limit_to_product_range

    edit = QDateEdit()
    qtbot.addWidget(edit)
    limit_to_product_range(edit)
    assert edit.minimumDate().toPython() == EARLIEST_DATE
    assert edit.maximumDate().toPython() == LATEST_DATE
