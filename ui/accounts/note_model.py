"""The TAM's notes on one account, newest first, as a list model: the body as
display text, author and times as roles (painted by :class:`NoteDelegate`), and
whether the signed-in user wrote it (only the author edits or deletes)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from console.services.readmodels.cockpit import TamNoteView
from ui.accounts.cockpit_text import note_time_text
from ui.widgets.plain_text import tooltip_text

AnyIndex = QModelIndex | QPersistentModelIndex

_USER = int(Qt.ItemDataRole.UserRole)
NoteRole = _USER + 1
"""The row's :class:`TamNoteView`."""
HeaderRole = _USER + 2
"""The line above the body: author and times ("Tom Tam · today 09:14 · edited 10:02")."""
MineRole = _USER + 3
"""Whether the signed-in user wrote the note."""

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)


class NoteModel(QAbstractListModel):
    def __init__(self, user_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.user_id = user_id
        self._notes: list[TamNoteView] = []
        self._now: datetime | None = None
        self._zone: tzinfo | None = None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return note.body
        if role == HeaderRole:
            return self._header(note)
        if role == NoteRole:
            return note
        if role == MineRole:
            return note.author_id == self.user_id
        if role == Qt.ItemDataRole.ToolTipRole:
            if note.author_id == self.user_id:
                return self.tr("Your note — double-click to edit")
            return tooltip_text(self.tr("Written by {0}").format(note.author_name))
        return None

    def set_notes(self, notes: Sequence[TamNoteView], now: datetime, zone: tzinfo) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self._now = now
        self._zone = zone
        self.endResetModel()

    def note_at(self, row: int) -> TamNoteView:
        return self._notes[row]

    def row_of(self, note_id: int) -> int | None:
        for row, note in enumerate(self._notes):
            if note.id == note_id:
                return row
        return None

    def _header(self, note: TamNoteView) -> str:
        now = self._now or note.updated_at
        zone = self._zone or note.created_at.tzinfo
        assert zone is not None
        text = f"{note.author_name} · {note_time_text(note.created_at, now, zone)}"
        if note.edited:
            text += " · " + self.tr("edited {0}").format(note_time_text(note.updated_at, now, zone))
        return text
