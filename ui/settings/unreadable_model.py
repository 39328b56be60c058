"""The messages the mail service could not read, as a table: when they came, how
large they are, where from, why they could not be read, and whether a retry is
asked for. Rows are frozen :class:`UnreadableView` snapshots; the reason and
source may quote the message, so tooltips show them as they are."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Qt

from console.services.usecases.mail_settings import UnreadableView
from ui.widgets.plain_text import tooltip_text
from ui.widgets.row_model import ALIGN, DISPLAY, TOOLTIP, RowTableModel
from ui.widgets.size_text import size_text
from ui.widgets.time_text import day_time_text

RECEIVED, SIZE, SOURCE, REASON, STATE = range(5)


class UnreadableModel(RowTableModel[UnreadableView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(self._value, parent)
        self.headers = (
            self.tr("Received"),
            self.tr("Size"),
            self.tr("Source"),
            self.tr("Reason"),
            self.tr("State"),
        )

    def state_text(self, state: str) -> str:
        if state == "retry":
            return self.tr("Retry asked for")
        if state == "waiting":
            return self.tr("Waiting")
        return state

    def _value(self, item: UnreadableView, _row: int, column: int, role: int) -> Any:
        if role == DISPLAY:
            if column == RECEIVED:
                return day_time_text(item.received_at, datetime.now(UTC))
            if column == SIZE:
                return size_text(item.size)
            if column == SOURCE:
                return item.source
            if column == REASON:
                return item.reason
            if column == STATE:
                return self.state_text(item.state)
        if role == TOOLTIP and column in (SOURCE, REASON):
            return tooltip_text(item.source if column == SOURCE else item.reason)
        if role == ALIGN and column == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
