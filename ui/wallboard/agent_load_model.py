"""Each agent's load on the wallboard's side panel: presence, open cases assigned
and how many of them still await a first response (figures from
``console.services.readmodels.wallboard``)."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from console.domain.cases import Presence
from console.services.readmodels.wallboard import AgentLoad
from ui.i18n import QT_TRANSLATE_NOOP
from ui.theme import WALLBOARD_AMBER, WALLBOARD_GREEN
from ui.wallboard.wallboard_style import MUTED
from ui.widgets.plain_text import tooltip_text
from ui.wording import presence_label, role_label

AnyIndex = QModelIndex | QPersistentModelIndex


class LoadColumn(enum.IntEnum):
    AGENT = 0
    PRESENCE = 1
    OPEN = 2
    AWAITING = 3


_HEADERS = {
    LoadColumn.AGENT: QT_TRANSLATE_NOOP("AgentLoadModel", "Agent"),
    LoadColumn.PRESENCE: QT_TRANSLATE_NOOP("AgentLoadModel", "Presence"),
    LoadColumn.OPEN: QT_TRANSLATE_NOOP("AgentLoadModel", "Open"),
    LoadColumn.AWAITING: QT_TRANSLATE_NOOP("AgentLoadModel", "Awaiting"),
}
_PRESENCE_COLOURS = {
    Presence.ONLINE: WALLBOARD_GREEN,
    Presence.AWAY: WALLBOARD_AMBER,
    Presence.OFFLINE: MUTED,
}

LoadRole = int(Qt.ItemDataRole.UserRole) + 1
"""The row's :class:`AgentLoad`."""


class AgentLoadModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loads: list[AgentLoad] = []

    def set_loads(self, loads: Sequence[AgentLoad]) -> None:
        self.beginResetModel()
        self._loads = list(loads)
        self.endResetModel()

    def load_at(self, row: int) -> AgentLoad:
        return self._loads[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._loads)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LoadColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(LoadColumn):
            return self.tr(_HEADERS[LoadColumn(section)])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._loads):
            return None
        load = self._loads[index.row()]
        column = LoadColumn(index.column())
        if role == LoadRole:
            return load
        if role == Qt.ItemDataRole.DisplayRole:
            if column is LoadColumn.AGENT:
                return load.name
            if column is LoadColumn.PRESENCE:
                return presence_label(load.presence)
            return str(load.open_assigned if column is LoadColumn.OPEN else load.awaiting_first_response)
        if role == Qt.ItemDataRole.ForegroundRole and column is LoadColumn.PRESENCE:
            return QColor(_PRESENCE_COLOURS[load.presence])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LoadColumn.OPEN, LoadColumn.AWAITING):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is LoadColumn.AWAITING:
                return self.tr("Assigned open cases still awaiting their first response")
            team = load.team or self.tr("no team")
            return tooltip_text(f"{load.name} ({role_label(load.role)}, {team})")
        return None
