"""An account's contacts as a table: name, e-mail, phone and language."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from console.services.snapshots import ContactView

AnyIndex = QModelIndex | QPersistentModelIndex

ContactRole = int(Qt.ItemDataRole.UserRole) + 1
"""The row's :class:`ContactView`."""

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)


class ContactModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._contacts: list[ContactView] = []
        self._headers = (self.tr("Name"), self.tr("E-mail"), self.tr("Phone"), self.tr("Lang."))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._contacts)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == _DISPLAY
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return None
        contact = self._contacts[index.row()]
        if role == _DISPLAY:
            return (contact.name, contact.email, contact.phone or "—", contact.language.upper())[
                index.column()
            ]
        if role == ContactRole:
            return contact
        return None

    def set_contacts(self, contacts: Sequence[ContactView]) -> None:
        self.beginResetModel()
        self._contacts = list(contacts)
        self.endResetModel()
