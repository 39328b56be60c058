"""The next cases to breach as a list model: the case summaries the wallboard's
figures carry, re-clocked once a second from the programme they came with (no
database work), so the strip's countdowns tick between refreshes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from console.domain.cases import CaseSummary
from console.services.programme import Programme
from console.services.queue import clock_reader
from console.sla.clock import ClockReading
from ui.queue.clock_text import countdown_text

AnyIndex = QModelIndex | QPersistentModelIndex

_USER = int(Qt.ItemDataRole.UserRole)
CaseRole = _USER + 1
"""The row's :class:`CaseSummary`."""
ClockRole = _USER + 2
"""The row's :class:`ClockReading` at the last tick."""
CountdownRole = _USER + 3
"""The countdown as text ("12m 30s", "breached +2m")."""


class NextToBreachModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cases: list[CaseSummary] = []
        self._readings: list[ClockReading | None] = []
        self._programme: Programme | None = None

    def set_cases(self, cases: Sequence[CaseSummary], programme: Programme, now: datetime) -> None:
        self.beginResetModel()
        self._cases = list(cases)
        self._programme = programme
        self._readings = self._read(now)
        self.endResetModel()

    def tick(self, now: datetime) -> None:
        """Re-read every clock at ``now`` (ten cases at most: one signal for all)."""
        if not self._cases:
            return
        self._readings = self._read(now)
        self.dataChanged.emit(
            self.index(0),
            self.index(len(self._cases) - 1),
            [ClockRole, CountdownRole, Qt.ItemDataRole.DisplayRole],
        )

    def case_at(self, row: int) -> CaseSummary:
        return self._cases[row]

    def _read(self, now: datetime) -> list[ClockReading | None]:
        if self._programme is None:
            return [None] * len(self._cases)
        read = clock_reader(self._programme, now)
        return [read(case) for case in self._cases]

    def _zone(self) -> Any:
        return None if self._programme is None else self._programme.calendar.zone

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._cases)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cases):
            return None
        case = self._cases[index.row()]
        if role == CaseRole:
            return case
        if role == ClockRole:
            return self._readings[index.row()]
        if role == CountdownRole:
            return countdown_text(self._readings[index.row()], self._zone())
        if role == Qt.ItemDataRole.DisplayRole:
            return f"#{case.number} {case.account_name}: {countdown_text(self._readings[index.row()], self._zone())}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"#{case.number} · S{int(case.severity)} {case.plan.label}\n{case.account_name}\n{case.subject}"
        return None
