"""The "Connection profiles" tab: the databases this workstation can sign in to —
the local SQLite file or a team's PostgreSQL server. A profile's password goes to
the OS keyring (``ProfileStore``), never into a file. "Test connection" connects
on a worker thread and says whether it worked. Profiles belong to this
workstation, not to the shared set-up, so every user may edit them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.services.infrastructure.connections import (
    LOCAL_PROFILE,
    Profile,
    ProfileError,
    ProfileStore,
    probe_connection,
)
from ui.errors import error_text
from ui.handlers import start
from ui.session import ConsoleSession
from ui.settings.profile_model import ProfileModel
from ui.settings.setup_tab import SetupTab, intro_label, row_table

SQLITE, POSTGRESQL = 0, 1


def try_connection(store: ProfileStore, profile: Profile, password: str | None) -> str:
    """Worker-thread work: connect once and say to what; raises when it fails."""
    url = store.url_for(profile)
    if password:
        url = url.set(password=password)
    if profile.kind == "sqlite" and not Path(profile.path).exists():
        return QCoreApplication.translate(
            "ProfilesTab", "There is no database file at {0} yet; it is created at the first sign-in."
        ).format(profile.path)
    return probe_connection(url)


def save_profile(store: ProfileStore, profile: Profile, password: str | None, old_name: str | None) -> None:
    """Worker-thread work: save (the password to the keyring), dropping a renamed one."""
    store.save(profile, password)
    if old_name and old_name != profile.name and old_name != LOCAL_PROFILE:
        store.delete(old_name)


def make_default(store: ProfileStore, profile: Profile) -> None:
    store.save(replace(profile, is_default=True))


class ProfilesTab(SetupTab):
    def __init__(
        self,
        session: ConsoleSession,
        store: ProfileStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.store = store or ProfileStore()
        super().__init__(session, self.store.all, self._loaded, parent)
        self.editing: str | None = None  # the name of the profile in the form
        intro = intro_label(
            self.tr(
                "The databases this workstation signs in to. Passwords are kept in the operating system's "
                "keyring, never in a file."
            ),
            self,
        )
        self.model = ProfileModel(self)
        self.table = row_table(self.model, self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        card = QFrame(self)
        card.setProperty("card", True)
        form = QFormLayout(card)
        form.setContentsMargins(14, 12, 14, 12)
        self.form_title = QLabel(self.tr("New profile"), card)
        self.form_title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.name_edit = QLineEdit(card)
        self.kind_box = QComboBox(card)
        self.kind_box.addItems([self.tr("SQLite file"), self.tr("PostgreSQL server")])
        self.path_edit = QLineEdit(card)
        self.host_edit = QLineEdit(card)
        self.port_spin = QSpinBox(card)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.database_edit = QLineEdit(card)
        self.user_edit = QLineEdit(card)
        self.password_edit = QLineEdit(card)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.form_title)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Kind"), self.kind_box)
        form.addRow(self.tr("File"), self.path_edit)
        form.addRow(self.tr("Host"), self.host_edit)
        form.addRow(self.tr("Port"), self.port_spin)
        form.addRow(self.tr("Database"), self.database_edit)
        form.addRow(self.tr("User"), self.user_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        self._form = form
        self.new_button = QPushButton(self.tr("New"), card)
        self.test_button = QPushButton(self.tr("Test connection"), card)
        self.save_button = QPushButton(self.tr("Save profile"), card)
        self.save_button.setProperty("primary", True)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.new_button)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.test_button)
        form_buttons.addWidget(self.save_button)
        form.addRow(form_buttons)

        self.default_button = QPushButton(self.tr("Make default"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        list_buttons = QHBoxLayout()
        list_buttons.addStretch(1)
        list_buttons.addWidget(self.default_button)
        list_buttons.addWidget(self.delete_button)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(list_buttons)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addLayout(left, 3)
        columns.addWidget(card, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)

        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.new_button.clicked.connect(self.new_profile)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test)
        self.default_button.clicked.connect(self.make_default)
        self.delete_button.clicked.connect(self.delete)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.new_profile()

    # -- loading ------------------------------------------------------------------------

    def _loaded(self, profiles: list[Profile]) -> None:
        self.model.set_rows(profiles)
        if self.editing is not None:
            row = self.model.row_of(self.editing)
            if row >= 0:
                self.table.selectRow(row)
        self.stale = False
        self._update_buttons()
        self.loaded.emit()

    def selected(self) -> Profile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # -- the form ---------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        profile = self.selected()
        if profile is not None:
            self.show_profile(profile)
        self._update_buttons()

    def show_profile(self, profile: Profile) -> None:
        self.editing = profile.name
        self.form_title.setText(self.tr("Profile {0}").format(profile.name))
        self.name_edit.setText(profile.name)
        self.name_edit.setReadOnly(profile.name == LOCAL_PROFILE)
        self.kind_box.setCurrentIndex(SQLITE if profile.kind == "sqlite" else POSTGRESQL)
        self.path_edit.setText(profile.path)
        self.host_edit.setText(profile.host)
        self.port_spin.setValue(profile.port)
        self.database_edit.setText(profile.database)
        self.user_edit.setText(profile.user)
        self.password_edit.clear()
        self.password_edit.setPlaceholderText(self.tr("unchanged (kept in the keyring)"))
        self._kind_changed()

    def new_profile(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.form_title.setText(self.tr("New profile"))
        for edit in (self.name_edit, self.path_edit, self.host_edit, self.database_edit, self.user_edit):
            edit.clear()
        self.name_edit.setReadOnly(False)
        self.password_edit.clear()
        self.password_edit.setPlaceholderText(self.tr("kept in the keyring"))
        self.port_spin.setValue(5432)
        self.kind_box.setCurrentIndex(POSTGRESQL)
        self._kind_changed()

    def form_profile(self) -> Profile:
        """The profile the form describes; ProfileError when something is missing."""
        postgres = self.kind_box.currentIndex() == POSTGRESQL
        current = self.model.rows()[self.model.row_of(self.editing)] if self.editing else None
        return Profile(
            self.name_edit.text().strip(),
            "postgresql" if postgres else "sqlite",
            path="" if postgres else self.path_edit.text().strip(),
            host=self.host_edit.text().strip() if postgres else "",
            port=self.port_spin.value(),
            database=self.database_edit.text().strip() if postgres else "",
            user=self.user_edit.text().strip() if postgres else "",
            is_default=current.is_default if current is not None else False,
        )

    def _kind_changed(self) -> None:
        postgres = self.kind_box.currentIndex() == POSTGRESQL
        self._form.setRowVisible(self.path_edit, not postgres)
        for widget in (
            self.host_edit,
            self.port_spin,
            self.database_edit,
            self.user_edit,
            self.password_edit,
        ):
            self._form.setRowVisible(widget, postgres)

    # -- actions ----------------------------------------------------------------------------

    def save(self) -> None:
        try:
            profile = self.form_profile()
        except ProfileError as error:
            self.status.show_error(error_text(error))
            return
        start(self._save(profile, self.password_edit.text() or None, self.editing))

    async def _save(self, profile: Profile, password: str | None, old: str | None) -> None:
        await self.call(save_profile, self.store, profile, password, old)
        self.editing = profile.name
        self.password_edit.clear()
        self.status.show_ok(self.tr("Saved the profile {0}.").format(profile.name))
        self.reload()

    def test(self) -> None:
        try:
            profile = self.form_profile()
        except ProfileError as error:
            self.status.show_error(error_text(error))
            return
        self.test_button.setEnabled(False)
        self.status.show_note(self.tr("Connecting to {0}…").format(profile.describe()))

        start(self._test(profile, self.password_edit.text() or None))

    async def _test(self, profile: Profile, password: str | None) -> None:
        try:
            message = await self.session.call(try_connection, self.store, profile, password)
        except Exception as error:
            self.status.show_error(
                self.tr("Could not connect: {0}").format(error_text(getattr(error, "orig", None) or error))
            )
            return
        finally:
            self.test_button.setEnabled(True)
        self.status.show_ok(message)

    def make_default(self) -> None:
        profile = self.selected()
        if profile is None:
            return
        start(self._make_default(profile))

    async def _make_default(self, profile: Profile) -> None:
        await self.call(make_default, self.store, profile)
        self.status.show_ok(self.tr("{0} is now the default at sign-in.").format(profile.name))
        self.reload()

    def delete(self) -> None:
        profile = self.selected()
        if profile is None or profile.name == LOCAL_PROFILE:
            return
        start(self._delete(profile))

    async def _delete(self, profile: Profile) -> None:
        await self.call(self.store.delete, profile.name)
        self.status.show_ok(self.tr("Deleted the profile {0}.").format(profile.name))
        self.new_profile()
        self.reload()

    def _update_buttons(self) -> None:
        profile = self.selected()
        self.default_button.setEnabled(profile is not None and not profile.is_default)
        self.delete_button.setEnabled(profile is not None and profile.name != LOCAL_PROFILE)
