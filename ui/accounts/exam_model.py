"""An account's proctored exam windows as a table: when (in the support calendar's
time zone), what, and whether it is live now or how soon it starts. A live
session is bold and tinted in the theme's alarm colour: its cases jump the queue."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor, QFont

from console.services.readmodels.cockpit import ExamWindow
from ui.accounts.cockpit_text import exam_status_text, exam_when_text
from ui.theme import current_theme
from ui.widgets.plain_text import tooltip_text
from ui.widgets.row_model import DISPLAY, FONT, FOREGROUND, TOOLTIP, RowRole, RowTableModel

ExamRole = RowRole
"""The row's :class:`ExamWindow`."""

WHEN, TITLE, STATUS = 0, 1, 2


class ExamModel(RowTableModel[ExamWindow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(self.cell, parent)
        self._now: datetime | None = None
        self._zone: tzinfo | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self.headers = (self.tr("When"), self.tr("Session"), self.tr("Status"))

    def cell(self, window: ExamWindow, row: int, column: int, role: int) -> Any:
        if role == DISPLAY:
            if column == WHEN:
                return exam_when_text(window, self._zone_or_utc())
            if column == TITLE:
                return window.title + (self.tr(" (recurring)") if window.recurring else "")
            if column == STATUS and self._now is not None:
                return exam_status_text(window, self._now, self._zone_or_utc())
            return None
        if role == FONT and window.live:
            return self._bold
        if role == FOREGROUND and window.live:
            return QBrush(QColor(current_theme().breached))
        if role == TOOLTIP:
            return tooltip_text(
                self.tr("{0}\nTimes in {1}; the session is held in {2}").format(
                    window.title, str(self._zone_or_utc()), window.time_zone
                )
            )
        return None

    def set_windows(self, windows: Sequence[ExamWindow], now: datetime, zone: tzinfo) -> None:
        self._now = now
        self._zone = zone
        self.set_rows(windows)

    def window_at(self, row: int) -> ExamWindow:
        return self.row_at(row)

    def _zone_or_utc(self) -> tzinfo:
        return self._zone or UTC
