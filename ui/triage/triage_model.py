"""The unknown senders' list as a table model: one row per waiting thread,
oldest first as the core orders it (received, from, subject, messages, files).
The rows are frozen :class:`TriageItem` snapshots read on a worker thread; the
sender's name and address are shown as they are (a view never renders them
as markup)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Qt

from console.services.usecases.triage import TriageItem
from ui.widgets.plain_text import tooltip_text
from ui.widgets.row_model import ALIGN, DISPLAY, TOOLTIP, RowTableModel
from ui.widgets.time_text import day_time_text

RECEIVED, SENDER, SUBJECT, MESSAGES, FILES = range(5)


def sender_text(item: TriageItem) -> str:
    """ "Name <address>", or the address alone when the mail gave no name."""
    return f"{item.sender_name} <{item.sender}>" if item.sender_name else item.sender


class TriageModel(RowTableModel[TriageItem]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(self._value, parent)
        self.headers = (
            self.tr("Received"),
            self.tr("From"),
            self.tr("Subject"),
            self.tr("Messages"),
            self.tr("Files"),
        )

    def row_of(self, item_id: int) -> int | None:
        for row, item in enumerate(self.rows()):
            if item.id == item_id:
                return row
        return None

    def _value(self, item: TriageItem, _row: int, column: int, role: int) -> Any:
        if role == DISPLAY:
            if column == RECEIVED:
                return day_time_text(item.received_at, datetime.now(UTC))
            if column == SENDER:
                return sender_text(item)
            if column == SUBJECT:
                return item.subject
            if column == MESSAGES:
                return str(item.messages)
            if column == FILES:
                return str(item.attachments) if item.attachments else "—"
        if role == TOOLTIP:
            if column == SENDER:
                return tooltip_text(sender_text(item))
            if column == SUBJECT:
                return tooltip_text(item.subject)
        if role == ALIGN and column in (MESSAGES, FILES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
