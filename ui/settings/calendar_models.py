"""The support calendar tab's two tables: the holidays a set of regions brings in
a year (a preview, before saving), and the extra closure dates."""

from __future__ import annotations

from typing import Any

from console.services.usecases.support_calendar import ClosureView, HolidayRow
from ui.widgets.row_model import DISPLAY, TOOLTIP, RowTableModel
from ui.widgets.time_text import date_text


class HolidayModel(RowTableModel[HolidayRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.cell, parent)
        self.headers = (self.tr("Date"), self.tr("Day"), self.tr("Holiday"), self.tr("Regions"))

    def cell(self, item: HolidayRow, row: int, column: int, role: int) -> Any:
        if role == DISPLAY:
            return (item.day.isoformat(), date_text(item.day, "ddd"), item.name, ", ".join(item.regions))[
                column
            ]
        if role == TOOLTIP and column == 2:
            return self.tr("{0}: closed in {1}").format(item.name, ", ".join(item.regions))
        return None


class ClosureModel(RowTableModel[ClosureView]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.cell, parent)
        self.headers = (self.tr("Date"), self.tr("Day"), self.tr("Reason"))

    def cell(self, item: ClosureView, row: int, column: int, role: int) -> Any:
        if role == DISPLAY:
            return (item.day.isoformat(), date_text(item.day, "ddd"), item.reason or "—")[column]
        return None
