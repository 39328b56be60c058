"""The next cases to breach as a list model: the case summaries the wallboard's
figures carry, re-clocked once a second from the programme they came with (no
database work), so the strip's countdowns tick between refreshes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ui.queue.clock_text import countdown_text
from ui.wallboard.clocked_cases import ClockedCasesModel
from ui.widgets.plain_text import tooltip_text
from ui.widgets.time_text import due_time_text

AnyIndex = QModelIndex | QPersistentModelIndex

_USER = int(Qt.ItemDataRole.UserRole)
CaseRole = _USER + 1
"""The row's :class:`CaseSummary`."""
ClockRole = _USER + 2
"""The row's :class:`ClockReading` at the last tick."""
CountdownRole = _USER + 3
"""The countdown as text ("12m 30s", "breached +2m")."""


class NextToBreachModel(ClockedCasesModel, QAbstractListModel):
    CLOCK_ROLES = (ClockRole, CountdownRole, int(Qt.ItemDataRole.DisplayRole))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.clocked.cases):
            return None
        case = self.clocked.cases[index.row()]
        if role == CaseRole:
            return case
        if role == ClockRole:
            return self.clocked.readings[index.row()]
        if role == CountdownRole:
            return countdown_text(self.clocked.readings[index.row()], self.clocked.zone)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"#{case.number} {case.account_name}: {countdown_text(self.clocked.readings[index.row()], self.clocked.zone)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"#{case.number} · S{int(case.severity)} {case.plan.label}\n{case.account_name}\n{case.subject}"
            reading = self.clocked.readings[index.row()]
            if reading is not None:  # next to breach: due within the week, the day name is enough
                due = due_time_text(reading.due_at, reading.due_at, self.clocked.zone)
                text += "\n" + self.tr("due {0}").format(due)
            return tooltip_text(text)
        return None
