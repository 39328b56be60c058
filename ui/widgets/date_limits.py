"""Date and time editors limited to the range the product accepts
(:mod:`console.domain.instants`), so that the GUI cannot offer what every use
case and command refuses."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QTimeZone
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from console.domain.instants import EARLIEST, EARLIEST_DATE, LATEST, LATEST_DATE


def limit_to_product_range(edit: QDateTimeEdit) -> None:
    """Keep ``edit`` between the first and last accepted instant; a QDateEdit
    (a calendar date, whatever its zone) between the first and last date."""
    if isinstance(edit, QDateEdit):
        edit.setDateRange(
            QDate(EARLIEST_DATE.year, EARLIEST_DATE.month, EARLIEST_DATE.day),
            QDate(LATEST_DATE.year, LATEST_DATE.month, LATEST_DATE.day),
        )
        return
    utc = QTimeZone.utc()
    edit.setMinimumDateTime(QDateTime.fromSecsSinceEpoch(int(EARLIEST.timestamp()), utc))
    edit.setMaximumDateTime(QDateTime.fromSecsSinceEpoch(int(LATEST.timestamp()), utc))
