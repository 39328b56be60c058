"""An account's proctored exam windows as a table: when (in the support calendar's
time zone), what, and whether it is live now or how soon it starts. A live
session is bold and tinted in the theme's alarm colour: its cases jump the queue."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from console.services.cockpit import ExamWindow
from ui.accounts.cockpit_text import exam_status_text, exam_when_text
from ui.theme import current_theme

AnyIndex = QModelIndex | QPersistentModelIndex

ExamRole = int(Qt.ItemDataRole.UserRole) + 1
"""The row's :class:`ExamWindow`."""

WHEN, TITLE, STATUS = 0, 1, 2
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)


class ExamModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._windows: list[ExamWindow] = []
        self._now: datetime | None = None
        self._zone: tzinfo | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = (self.tr("When"), self.tr("Session"), self.tr("Status"))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._windows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == _DISPLAY
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._windows):
            return None
        window = self._windows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            if column == WHEN:
                return exam_when_text(window, self._zone_or_utc())
            if column == TITLE:
                return window.title + (self.tr(" (recurring)") if window.recurring else "")
            if column == STATUS and self._now is not None:
                return exam_status_text(window, self._now, self._zone_or_utc())
            return None
        if role == ExamRole:
            return window
        if role == Qt.ItemDataRole.FontRole and window.live:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and window.live:
            return QBrush(QColor(current_theme().breached))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0}\nTimes in {1}; the session is held in {2}").format(
                window.title, str(self._zone_or_utc()), window.time_zone
            )
        return None

    def set_windows(self, windows: Sequence[ExamWindow], now: datetime, zone: tzinfo) -> None:
        self.beginResetModel()
        self._windows = list(windows)
        self._now = now
        self._zone = zone
        self.endResetModel()

    def window_at(self, row: int) -> ExamWindow:
        return self._windows[row]

    def _zone_or_utc(self) -> tzinfo:
        return self._zone or UTC
