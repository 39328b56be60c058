"""The lead's list of open cases on the wallboard's side panel: breached and at-risk
cases awaiting a first response first, then the unassigned, then the rest (the
order ``console.services.readmodels.wallboard`` gives), with their SLA countdowns ticking
from the programme between refreshes."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from console.domain.cases import CaseSummary
from console.sla.clock import ClockState
from ui.i18n import QT_TRANSLATE_NOOP
from ui.queue.clock_text import countdown_text
from ui.theme import WALLBOARD_AMBER, WALLBOARD_GREEN, WALLBOARD_RED
from ui.wallboard.clocked_cases import ClockedCasesModel
from ui.wallboard.wallboard_style import MUTED, TEXT
from ui.widgets.plain_text import tooltip_text
from ui.wording import status_label

AnyIndex = QModelIndex | QPersistentModelIndex


class LeadColumn(enum.IntEnum):
    CASE = 0
    SEVERITY = 1
    ACCOUNT = 2
    ASSIGNEE = 3
    SLA = 4


_HEADERS = {
    LeadColumn.CASE: QT_TRANSLATE_NOOP("LeadCasesModel", "Case"),
    LeadColumn.SEVERITY: QT_TRANSLATE_NOOP("LeadCasesModel", "Sev"),
    LeadColumn.ACCOUNT: QT_TRANSLATE_NOOP("LeadCasesModel", "Account"),
    LeadColumn.ASSIGNEE: QT_TRANSLATE_NOOP("LeadCasesModel", "Assignee"),
    LeadColumn.SLA: QT_TRANSLATE_NOOP("LeadCasesModel", "SLA"),
}
_STATE_COLOURS = {
    ClockState.BREACHED: WALLBOARD_RED,
    ClockState.AT_RISK: WALLBOARD_AMBER,
    ClockState.RUNNING: TEXT,
    ClockState.PAUSED: MUTED,
    ClockState.MET: WALLBOARD_GREEN,
}

CaseRole = int(Qt.ItemDataRole.UserRole) + 1
"""The row's :class:`CaseSummary`."""


class LeadCasesModel(ClockedCasesModel, QAbstractTableModel):
    CLOCK_COLUMN = LeadColumn.SLA
    CLOCK_ROLES = (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ForegroundRole))

    def row_of(self, number: int) -> int | None:
        for row, case in enumerate(self.clocked.cases):
            if case.number == number:
                return row
        return None

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LeadColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(LeadColumn):
            return self.tr(_HEADERS[LeadColumn(section)])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.clocked.cases):
            return None
        case = self.clocked.cases[index.row()]
        column = LeadColumn(index.column())
        if role == CaseRole:
            return case
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(case, column, index.row())
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is LeadColumn.SLA:
                reading = self.clocked.readings[index.row()]
                return QColor(MUTED if reading is None else _STATE_COLOURS[reading.state])
            if column is LeadColumn.ASSIGNEE and case.assignee_name is None:
                return QColor(WALLBOARD_AMBER)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(
                f"#{case.number} · {case.plan.label} · {status_label(case.status)}\n{case.subject}"
            )
        return None

    def _text(self, case: CaseSummary, column: LeadColumn, row: int) -> str:
        if column is LeadColumn.CASE:
            return f"#{case.number}"
        if column is LeadColumn.SEVERITY:
            return f"S{int(case.severity)}"
        if column is LeadColumn.ACCOUNT:
            return case.account_name
        if column is LeadColumn.ASSIGNEE:
            return case.assignee_name or "unassigned"
        zone = self.clocked.zone
        if case.first_response_at is not None:
            return "answered"
        return countdown_text(self.clocked.readings[row], zone)
