"""The table model the admin tabs and the cockpit's small tables share: a list of frozen rows, one per line,
fixed headers, and a ``cell`` function (given by each model) that says what a column shows (no queries:
the rows were read on a worker thread before they were handed in)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
EDIT = int(Qt.ItemDataRole.EditRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
FONT = int(Qt.ItemDataRole.FontRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
CHECK = int(Qt.ItemDataRole.CheckStateRole)
RowRole = int(Qt.ItemDataRole.UserRole) + 1
"""Every row model answers this role with the row's frozen object."""


Cell = Callable[[T, int, int, int], Any]
"""What a column shows: ``cell(item, row, column, role)``, None for nothing."""


class RowTableModel(QAbstractTableModel, Generic[T]):
    headers: tuple[str, ...] = ()

    def __init__(self, cell: Cell[T], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cell = cell
        self._rows: list[T] = []

    # -- the rows ---------------------------------------------------------------------

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    # -- Qt ---------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == RowRole:
            return item
        return self._cell(item, index.row(), index.column(), role)
