"""The preview of the queue under a rule chain being edited: the first rows of the
open queue with the rule that put each above the next (the "why" column). The
rows are frozen :class:`~console.services.readmodels.queue.QueueRow` objects ordered on a
worker thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from console.services.readmodels.queue import QueueRow
from ui.widgets.plain_text import tooltip_text
from ui.widgets.row_model import DISPLAY, TOOLTIP, RowTableModel
from ui.wording import status_label, why_text

POSITION, CASE, SEVERITY, PLAN, ACCOUNT, KIND, WHY = range(7)


class QueuePreviewModel(RowTableModel[QueueRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(self.cell, parent)
        self.headers = (
            self.tr("#"),
            self.tr("Case"),
            self.tr("Sev"),
            self.tr("Plan"),
            self.tr("Account"),
            self.tr("Kind"),
            self.tr("Why here"),
        )

    def cell(self, item: QueueRow, row: int, column: int, role: int) -> Any:
        case = item.case
        if role == DISPLAY:
            if column == POSITION:
                return str(item.position)
            if column == CASE:
                return f"#{case.number}"
            if column == SEVERITY:
                return str(int(case.severity))
            if column == PLAN:
                return case.plan.label
            if column == ACCOUNT:
                return case.account_name + (self.tr(" · exam live") if item.exam_live else "")
            if column == KIND:
                if case.category.is_paid_add_on:
                    return self.tr("paid add-on")
                return self.tr("awaiting reply") if case.first_response_at is None else self.tr("answered")
            if column == WHY:
                return why_text(item.place)
        if role == TOOLTIP:
            if column == WHY:
                return why_text(item.place)
            if column in (CASE, ACCOUNT):
                return tooltip_text(
                    f"#{case.number} {case.subject} — {case.account_name} ({status_label(case.status)})"
                )
        return None
