"""The "Users & roles" tab: everyone who signs in, their role, team, languages and
whether they are active, edited in the table and saved per user; and adding a
user. The core refuses what must not happen (demoting the last active admin, a
TAM who still has accounts changing role) with a message shown here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.domain.cases import Role
from console.services.errors import ServiceError
from console.services.readmodels.snapshots import UserView
from console.services.usecases.user_roles import UserRoleService
from ui.handlers import start
from ui.session import ConsoleSession
from ui.settings.setup_tab import SetupTab
from ui.settings.status_line import error_text
from ui.settings.user_model import ROLE, ROLE_LABELS, UserModel

AnyIndex = QModelIndex | QPersistentModelIndex
ROLE_EDIT = Qt.ItemDataRole.EditRole


@dataclass(frozen=True)
class SaveOutcome:
    saved: list[str]
    refused: list[str]  # "Name: why"


def save_users(
    user_roles: UserRoleService, edits: list[tuple[UserView, dict[str, Any]]], actor: str
) -> SaveOutcome:
    """Worker-thread work: one transaction per user; a refusal does not stop the others."""
    saved: list[str] = []
    refused: list[str] = []
    for user, changes in edits:
        try:
            user_roles.update_user(
                user.id,
                role=changes.get("role"),
                team=changes.get("team"),
                active=changes.get("active"),
                languages=changes.get("languages"),
                actor=actor,
                expected_version=user.version,
            )
            saved.append(user.name)
        except ServiceError as error:
            refused.append(f"{user.name}: {error_text(error)}")
    return SaveOutcome(saved, refused)


class RoleDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        box = QComboBox(parent)
        for role in Role:
            box.addItem(ROLE_LABELS[role], role.value)
        return box

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(int(ROLE_EDIT)))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), int(ROLE_EDIT))


class UsersTab(SetupTab):
    def __init__(self, session: ConsoleSession, parent: QWidget | None = None) -> None:
        super().__init__(session, session.services.accounts.users, self._loaded, parent)
        self.model = UserModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ROLE, RoleDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(32)

        add_title = QLabel(self.tr("Add a user"), self)
        add_title.setStyleSheet("font-weight: 600;")
        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(self.tr("Full name"))
        self.new_role = QComboBox(self)
        for role in Role:
            self.new_role.addItem(self.tr(ROLE_LABELS[role]), role.value)
        self.new_team = QLineEdit(self)
        self.new_team.setPlaceholderText(self.tr("Team (optional)"))
        self.new_languages = QLineEdit("en", self)
        self.new_languages.setPlaceholderText(self.tr("Languages, e.g. en, de"))
        self.add_button = QPushButton(self.tr("Add user"), self)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 3)
        add_row.addWidget(self.new_role, 1)
        add_row.addWidget(self.new_team, 2)
        add_row.addWidget(self.new_languages, 2)
        add_row.addWidget(self.add_button)
        self.add_box = QWidget(self)
        add_layout = QVBoxLayout(self.add_box)
        add_layout.setContentsMargins(0, 6, 0, 0)
        add_layout.addWidget(add_title)
        add_layout.addLayout(add_row)

        self.save_button = QPushButton(self.tr("Save changes"), self)
        self.save_button.setProperty("primary", True)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        hint = QLabel(
            self.tr(
                "Double-click a role, team or languages cell to change it; tick Active to let the user sign in."
            ),
            self,
        )
        hint.setProperty("muted", True)
        hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.add_box)

        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.model.revert)
        self.add_button.clicked.connect(self.add_user)
        self.new_name.returnPressed.connect(self.add_user)
        self.model.dataChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _loaded(self, users: list[UserView]) -> None:
        self.model.set_rows(users)
        self.stale = False
        self.loaded.emit()

    def has_unsaved(self) -> bool:
        return self.model.has_pending()

    def save(self) -> None:
        edits = self.model.pending()
        if not edits or self.read_only:
            return
        self.save_button.setEnabled(False)
        self.status.show_note(self.tr("Saving…"))
        start(self._save(edits))

    async def _save(self, edits: list[tuple[UserView, dict[str, Any]]]) -> None:
        outcome = await self.call(save_users, self.session.services.user_roles, edits, self.actor)
        if outcome.refused:
            saved = self.tr(" Saved: {0}.").format(", ".join(outcome.saved)) if outcome.saved else ""
            self.status.show_error(" ".join(outcome.refused) + saved)
        else:
            self.status.show_ok(self.tr("Saved: {0}.").format(", ".join(outcome.saved)))
        self.model.revert()
        self.reload()

    def add_user(self) -> None:
        name = self.new_name.text().strip()
        if not name or self.read_only:
            self.status.show_error(self.tr("A new user needs a name."))
            return
        languages = [code for code in self.new_languages.text().split(",") if code.strip()]
        start(self._add_user(name, languages))

    async def _add_user(self, name: str, languages: list[str]) -> None:
        user = await self.call(
            self.session.services.accounts.add_user,
            name,
            str(self.new_role.currentData()),
            languages,
            self.new_team.text().strip() or None,
            None,
            self.actor,
        )
        self.new_name.clear()
        self.new_team.clear()
        self.status.show_ok(self.tr("Added {0} ({1}).").format(user.name, self.tr(ROLE_LABELS[user.role])))
        self.reload()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.model.editable = not read_only
        self.add_box.setVisible(not read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        pending = self.model.has_pending() and not self.read_only
        self.save_button.setVisible(not self.read_only)
        self.revert_button.setVisible(not self.read_only)
        self.save_button.setEnabled(pending)
        self.revert_button.setEnabled(pending)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if self.read_only
            else QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
