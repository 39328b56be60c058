"""The "Users & roles" tab: everyone who signs in, their login, role, team,
languages, whether they are active and (on PostgreSQL) where they stand with
their password; role, team, languages and activity edited in the table and saved
per user. Admins add people and, on PostgreSQL, give them one-time passwords,
each shown once (:mod:`ui.settings.one_time_password_dialog`). The core refuses
what must not happen (demoting the last active admin, a TAM who still has
accounts changing role) with a sentence shown here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.domain.cases import Role
from console.domain.people import PasswordState
from console.domain.permissions import Action, allowed
from console.services.bundle import ConsoleServices
from console.services.errors import ServiceError
from console.services.readmodels.snapshots import UserView
from console.services.usecases.people import OneTimePassword
from console.services.usecases.user_roles import UserRoleService
from ui.errors import as_sentence
from ui.handlers import start
from ui.session import ConsoleSession
from ui.settings.one_time_password_dialog import OneTimePasswordDialog
from ui.settings.person_dialog import PersonDialog, PersonForm
from ui.settings.setup_tab import SetupTab, intro_label
from ui.settings.status_line import error_text
from ui.settings.user_model import ACTIVE, LOGIN, NAME, PASSWORD, ROLE, UserModel
from ui.widgets.plain_text import question_box, tooltip_text
from ui.wording import role_label

T = TypeVar("T")

AnyIndex = QModelIndex | QPersistentModelIndex
ROLE_EDIT = Qt.ItemDataRole.EditRole


@dataclass(frozen=True)
class PeopleData:
    users: list[UserView]
    now: datetime  # the services' clock when read: one-time passwords expire


def read_people(services: ConsoleServices) -> PeopleData:
    """Worker-thread work: everyone, and the moment they were read."""
    return PeopleData(services.accounts.users(), services.clock())


@dataclass(frozen=True)
class SaveOutcome:
    saved: list[str]
    refused: list[str]  # "Name: why"
    deactivated: list[str] = field(default_factory=list)  # saved, and no longer active


def save_users(
    user_roles: UserRoleService, edits: list[tuple[UserView, dict[str, Any]]], actor: str
) -> SaveOutcome:
    """Worker-thread work: one transaction per user; a refusal does not stop the others."""
    saved: list[str] = []
    refused: list[str] = []
    deactivated: list[str] = []
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
            if changes.get("active") is False:
                deactivated.append(user.name)
        except ServiceError as error:
            refused.append(f"{user.name}: {as_sentence(error_text(error))}")
    return SaveOutcome(saved, refused, deactivated)


class RoleDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        box = QComboBox(parent)
        for role in Role:
            box.addItem(role_label(role), role.value)
        return box

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(int(ROLE_EDIT)))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), int(ROLE_EDIT))


class UsersTab(SetupTab):
    def __init__(self, session: ConsoleSession, parent: QWidget | None = None) -> None:
        super().__init__(session, partial(read_people, session.services), self._loaded, parent)
        self.shared_server = session.services.db.is_postgres
        self.may_manage = allowed(session.user.role, Action.MANAGE_USERS)
        self.model = UserModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ROLE, RoleDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setColumnHidden(PASSWORD, not self.shared_server)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (LOGIN, ACTIVE, PASSWORD):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NAME, 180)
        self.table.verticalHeader().setDefaultSectionSize(32)

        self.hint = intro_label(
            self.tr(
                "Double-click a role, team or languages cell to change it; tick Active to let the person "
                "sign in."
            ),
            self,
        )
        self.local_note = intro_label(
            self.tr("A local database has no passwords: whoever can open the file can use it."), self
        )
        self.local_note.setVisible(not self.shared_server)

        self.add_person_button = QPushButton(self.tr("Add person…"), self)
        self.give_password_button = QPushButton(self.tr("Give one-time password…"), self)
        # The people actions, shown to those who may manage people (admins).
        self.add_box = QWidget(self)
        actions = QHBoxLayout(self.add_box)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addStretch(1)
        actions.addWidget(self.give_password_button)
        actions.addWidget(self.add_person_button)
        self.give_password_button.setVisible(self.shared_server)
        top = QHBoxLayout()
        notes = QVBoxLayout()
        notes.setSpacing(4)
        notes.addWidget(self.hint)
        notes.addWidget(self.local_note)
        top.addLayout(notes, 1)
        top.addWidget(self.add_box)

        self.save_button = QPushButton(self.tr("Save changes"), self)
        self.save_button.setProperty("primary", True)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        # Replaceable in tests: a modal question would block them.
        self.confirm: Callable[[str, str], bool] = self._ask
        self.password_dialog: OneTimePasswordDialog | None = None
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.model.revert)
        self.add_person_button.clicked.connect(self.open_add_dialog)
        self.give_password_button.clicked.connect(self.give_password_to_selected)
        self.model.dataChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.set_read_only(not self.may_manage)

    def _loaded(self, data: PeopleData) -> None:
        selected = self.selected()
        self.model.set_rows(data.users, data.now)
        if selected is not None:
            for row, user in enumerate(data.users):
                if user.id == selected.id:
                    self.table.selectRow(row)
        self.stale = False
        self._update_buttons()
        self.loaded.emit()

    def selected(self) -> UserView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def has_unsaved(self) -> bool:
        return self.model.has_pending()

    # -- editing in the table ----------------------------------------------------------------------

    def save(self) -> None:
        edits = self.model.pending()
        if not edits or self.read_only:
            return
        self.save_button.setEnabled(False)
        self.status.show_note(self.tr("Saving…"))
        start(self._save(edits))

    async def _save(self, edits: list[tuple[UserView, dict[str, Any]]]) -> None:
        outcome = await self.write(save_users, self.session.services.user_roles, edits, self.actor)
        saved = self.tr("Saved: {0}.").format(", ".join(outcome.saved)) if outcome.saved else ""
        if outcome.deactivated and self.shared_server:
            saved += " " + self.tr("{0} can no longer sign in; their open sessions were ended.").format(
                ", ".join(outcome.deactivated)
            )
        if outcome.refused:
            self.status.show_error(" ".join([*outcome.refused, saved]).strip())
        else:
            self.status.show_ok(saved)
        self.model.revert()
        self.reload()

    # -- adding a person -------------------------------------------------------------------------

    def person_dialog(self) -> PersonDialog:
        users = self.model.rows()
        return PersonDialog(
            names=[user.name for user in users],
            logins=[user.login for user in users],
            teams={user.team for user in users if user.team},
            shared_server=self.shared_server,
            parent=self,
        )

    def open_add_dialog(self) -> None:
        if self.read_only:
            return
        dialog = self.person_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_person(dialog.form())
        dialog.deleteLater()

    def add_person(self, form: PersonForm) -> None:
        if self.read_only:
            return
        start(self._add_person(form))

    async def _add_person(self, form: PersonForm) -> None:
        added = await self.write(
            self.session.services.people.add_person,
            form.name,
            form.role,
            form.login,
            form.languages,
            form.team,
            form.email,
            self.session.user.id,
        )
        user = added.user
        self.status.show_ok(
            self.tr("Added {0} ({1}), who signs in as {2}.").format(
                user.name, role_label(user.role), user.login
            )
        )
        self.reload()
        if added.one_time_password is not None:
            self.show_password(user.name, added.one_time_password)

    # -- one-time passwords ------------------------------------------------------------------------

    def give_password_to_selected(self) -> None:
        user = self.selected()
        if user is None or self.read_only or not self.shared_server:
            return
        question = self.tr("Give {0} a new one-time password?").format(user.name)
        if user.password_state is not PasswordState.NONE:
            question += " " + self.tr("{0}'s current password stops working.").format(user.name)
        if self.confirm(self.tr("Give a one-time password"), question):
            self.give_password(user)

    def give_password(self, user: UserView) -> None:
        start(self._give_password(user))

    async def _give_password(self, user: UserView) -> None:
        issued = await self.write(
            self.session.services.people.issue_one_time_password, user.id, self.session.user.id
        )
        self.status.show_ok(self.tr("{0} has a new one-time password.").format(user.name))
        self.reload()
        self.show_password(user.name, issued)

    def show_password(self, name: str, issued: OneTimePassword) -> None:
        """The one time the password is shown (window-modal, without blocking the loop)."""
        if self.password_dialog is not None:
            self.password_dialog.close()
        dialog = OneTimePasswordDialog(name, issued, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._password_dialog_closed)
        self.password_dialog = dialog
        dialog.open()

    def _password_dialog_closed(self, _result: int) -> None:
        self.password_dialog = None

    def _ask(self, title: str, question: str) -> bool:
        return question_box(self, title, question).exec() == QMessageBox.StandardButton.Yes

    # -- who may do what ---------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only or not self.may_manage)
        self.model.editable = not self.read_only
        self.add_box.setVisible(not self.read_only)
        self.hint.setVisible(not self.read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        pending = self.model.has_pending() and not self.read_only
        self.save_button.setVisible(not self.read_only)
        self.revert_button.setVisible(not self.read_only)
        self.save_button.setEnabled(pending)
        self.revert_button.setEnabled(pending)
        user = self.selected()
        self.give_password_button.setEnabled(user is not None and user.active)
        self.give_password_button.setToolTip(
            tooltip_text(
                self.tr("Select a person first.")
                if user is None
                else self.tr("{0} is deactivated: activate them first.").format(user.name)
                if not user.active
                else self.tr("A new one-time password for {0}, shown to you once.").format(user.name)
            )
        )
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if self.read_only
            else QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
