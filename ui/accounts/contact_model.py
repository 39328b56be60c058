"""An account's contacts as a table: name, e-mail, phone and language."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject

from console.services.readmodels.snapshots import ContactView
from ui.widgets.row_model import DISPLAY, RowRole, RowTableModel

ContactRole = RowRole
"""The row's :class:`ContactView`."""


class ContactModel(RowTableModel[ContactView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(self.cell, parent)
        self.headers = (self.tr("Name"), self.tr("E-mail"), self.tr("Phone"), self.tr("Lang."))

    def cell(self, contact: ContactView, row: int, column: int, role: int) -> Any:
        if role == DISPLAY:
            return (contact.name, contact.email, contact.phone or "—", contact.language.upper())[column]
        return None

    def set_contacts(self, contacts: Sequence[ContactView]) -> None:
        self.set_rows(contacts)
