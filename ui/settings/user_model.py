"""The people who sign in, as an editable table: name, login, role, team,
languages, whether they are active and (on PostgreSQL) where they stand with
their password. Edits are kept per user until saved (each user is saved in its
own transaction, so one refusal does not undo the others)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from console.domain.cases import Role
from console.domain.people import PasswordState
from console.services.readmodels.snapshots import UserView
from ui.theme import current_theme
from ui.widgets.plain_text import tooltip_text
from ui.widgets.row_model import CHECK, DISPLAY, EDIT, FONT, FOREGROUND, TOOLTIP, RowTableModel
from ui.widgets.time_text import day_time_text, zone_label
from ui.wording import role_label

AnyIndex = QModelIndex | QPersistentModelIndex

NAME, LOGIN, ROLE, TEAM, LANGUAGES, ACTIVE, PASSWORD = range(7)
_FIELDS = {ROLE: "role", TEAM: "team", LANGUAGES: "languages", ACTIVE: "active"}


class UserModel(RowTableModel[UserView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(self.cell, parent)
        self.headers = (
            self.tr("Name"),
            self.tr("Login"),
            self.tr("Role"),
            self.tr("Team"),
            self.tr("Languages"),
            self.tr("Active"),
            self.tr("Password"),
        )
        self.editable = True
        self.now: datetime | None = None  # when the rows were read: one-time passwords expire
        self._pending: dict[int, dict[str, Any]] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[UserView], now: datetime | None = None) -> None:
        self._pending.clear()
        self.now = now
        super().set_rows(rows)

    def expired(self, user: UserView) -> bool:
        """Whether ``user``'s one-time password ran out before they chose their own."""
        return (
            user.password_state is PasswordState.ONE_TIME
            and user.one_time_until is not None
            and self.now is not None
            and user.one_time_until < self.now
        )

    def password_text(self, user: UserView) -> str:
        if user.password_state is PasswordState.OWN:
            return self.tr("Set by them")
        if user.password_state is PasswordState.ONE_TIME and user.one_time_until is not None:
            until = user.one_time_until
            text = self.tr("One-time, until {0}").format(
                f"{day_time_text(until, always_date=True)} {zone_label(until)}"
            )
            return text + self.tr(" (expired)") if self.expired(user) else text
        return self.tr("No password yet")

    def password_tooltip(self, user: UserView) -> str:
        if user.password_state is PasswordState.OWN:
            return self.tr("{0} chose their own password.").format(user.name)
        if self.expired(user):
            return self.tr("The one-time password ran out: give {0} a new one.").format(user.name)
        if user.password_state is PasswordState.ONE_TIME:
            return self.tr("{0} chooses their own password at first sign-in.").format(user.name)
        return self.tr("{0} cannot sign in until you give them a one-time password.").format(user.name)

    # -- pending edits ---------------------------------------------------------------------

    def value(self, user: UserView, column: int) -> Any:
        pending = self._pending.get(user.id, {})
        field = _FIELDS.get(column)
        if field is not None and field in pending:
            return pending[field]
        if column == ROLE:
            return user.role
        if column == TEAM:
            return user.team or ""
        if column == LANGUAGES:
            return ", ".join(user.languages)
        if column == ACTIVE:
            return user.active
        if column == LOGIN:
            return user.login
        if column == PASSWORD:
            return self.password_text(user)
        return user.name

    def pending(self) -> list[tuple[UserView, dict[str, Any]]]:
        """The users with unsaved edits and what changed (role, team, languages, active)."""
        return [(user, dict(self._pending[user.id])) for user in self._rows if user.id in self._pending]

    def has_pending(self) -> bool:
        return bool(self._pending)

    def revert(self) -> None:
        self.beginResetModel()
        self._pending.clear()
        self.endResetModel()

    # -- Qt ---------------------------------------------------------------------------------

    def cell(self, item: UserView, row: int, column: int, role: int) -> Any:
        value = self.value(item, column)
        changed = _FIELDS.get(column) in self._pending.get(item.id, {})
        if role == DISPLAY:
            if column == ROLE:
                return role_label(value)
            if column == ACTIVE:
                return None
            return value or ("—" if column == TEAM else value)
        if role == EDIT:
            return value.value if column == ROLE else value
        if role == CHECK and column == ACTIVE:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == FONT and (changed or (column == NAME and item.id in self._pending)):
            return self._bold
        if role == FOREGROUND:
            if changed:
                return QColor(current_theme().accent)
            if column == PASSWORD and self.expired(item):
                return QColor(current_theme().breached)
            if not self.value(item, ACTIVE) or (
                column == PASSWORD and item.password_state is PasswordState.NONE
            ):
                return QColor(current_theme().muted)
        if role == TOOLTIP:
            if column == NAME and item.id in self._pending:
                return self.tr("Unsaved changes")
            if column == PASSWORD:
                return tooltip_text(self.password_tooltip(item))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid() or not self.editable or index.column() not in _FIELDS:
            return base
        if index.column() == ACTIVE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: AnyIndex, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or not self.editable or index.column() not in _FIELDS:
            return False
        user = self._rows[index.row()]
        column = index.column()
        if column == ACTIVE:
            if role != CHECK:
                return False
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            stored: Any = user.active
        elif role != EDIT:
            return False
        elif column == ROLE:
            try:
                new = value if isinstance(value, Role) else Role.parse(str(value))
            except ValueError:
                return False
            stored = user.role
        else:
            new = " ".join(str(value).split())
            stored = user.team or "" if column == TEAM else ", ".join(user.languages)
            if column == LANGUAGES:
                new = ", ".join(code.strip().lower() for code in new.split(",") if code.strip())
        field = _FIELDS[column]
        edits = self._pending.setdefault(user.id, {})
        if new == stored:
            edits.pop(field, None)
        else:
            edits[field] = new
        if not edits:
            self._pending.pop(user.id, None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), PASSWORD))
        return True
