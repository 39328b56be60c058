"""This workstation's saved connection profiles as a table: name, kind, where it
connects, and which one is the default at sign-in."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont

from console.services.infrastructure.connections import Profile
from ui.widgets.row_model import DISPLAY, FONT, TOOLTIP, RowTableModel

NAME, KIND, WHERE, DEFAULT = range(4)


class ProfileModel(RowTableModel[Profile]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.cell, parent)
        self.headers = (self.tr("Profile"), self.tr("Kind"), self.tr("Connects to"), self.tr("Default"))
        self._bold = QFont()
        self._bold.setBold(True)

    def cell(self, item: Profile, row: int, column: int, role: int) -> Any:
        if role == DISPLAY:
            if column == NAME:
                return item.name
            if column == KIND:
                return "SQLite" if item.kind == "sqlite" else "PostgreSQL"
            if column == WHERE:
                if item.kind == "sqlite":
                    return item.path
                return f"{item.user}@{item.host}:{item.port}/{item.database}"
            if column == DEFAULT:
                return self.tr("default") if item.is_default else ""
        if role == FONT and item.is_default:
            return self._bold
        if role == TOOLTIP:
            return item.describe()
        return None

    def row_of(self, name: str) -> int:
        return next((i for i, p in enumerate(self._rows) if p.name == name), -1)
