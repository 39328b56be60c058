"""Sign-in: pick the connection profile (the local SQLite file, or a team's
PostgreSQL server whose password is asked once and kept in the OS keyring) and the
user. On a fresh machine the local database is created and filled with demo data
on first connect, so the console has something true to show."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.demo.seed import seed_demo
from console.domain.cases import Role
from console.services.bundle import ConsoleServices
from console.services.infrastructure.connections import LOCAL_PROFILE, Profile, ProfileError, ProfileStore
from console.services.readmodels.snapshots import UserView
from console.services.usecases.open_database import OpenedDatabase, open_console_database
from ui.errors import error_text
from ui.handlers import start
from ui.options import SIGN_IN_PROFILE, SIGN_IN_USER
from ui.worker import Worker


def connect(url: str, seed_if_empty: bool) -> OpenedDatabase:
    """Worker-thread work: open (and migrate) the database, seed an empty local one
    with the demo data, list the users."""
    return open_console_database(url, seed_demo if seed_if_empty else None)


@dataclass(frozen=True)
class Purpose:
    """Signing in for one window only (`support-console wallboard`): who may open
    it. Another choice is refused inside the dialog, which stays open."""

    title: str
    roles: frozenset[Role]

    def allows(self, user: UserView) -> bool:
        return user.role in self.roles


class SignInDialog(QDialog):
    """Returns the connected services and the chosen user (``result_services``,
    ``result_user``) when accepted."""

    def __init__(
        self,
        store: ProfileStore | None = None,
        parent: QWidget | None = None,
        fixed_url: str | None = None,
        purpose: Purpose | None = None,
    ) -> None:
        super().__init__(parent)
        self.fixed_url = fixed_url
        self.purpose = purpose
        self.setWindowTitle(self.tr("Sign in — Support Console"))
        self.setMinimumWidth(460)
        self.store = store or ProfileStore()
        self.worker = Worker(workers=1)  # no session yet: the dialog has its own
        self.settings = QSettings()
        self.result_services: ConsoleServices | None = None
        self.result_user: UserView | None = None
        self._connected: OpenedDatabase | None = None

        title = QLabel(self.tr("Support Console"), self)
        title.setProperty("heading", True)
        subtitle = QLabel(self.tr("Choose where your team's queue lives, then who you are."), self)
        subtitle.setProperty("muted", True)

        self.profile_box = QComboBox(self)
        self.profile_box.activated.connect(lambda _index: self.connect_profile())
        self.add_server = QPushButton(self.tr("Add server…"), self)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_box, 1)
        profile_row.addWidget(self.add_server)

        self.server_form = QWidget(self)
        form = QFormLayout(self.server_form)
        form.setContentsMargins(0, 0, 0, 0)
        self.name_edit = QLineEdit(self.server_form)
        self.host_edit = QLineEdit(self.server_form)
        self.port_edit = QSpinBox(self.server_form)
        self.port_edit.setRange(1, 65535)
        self.port_edit.setValue(5432)
        self.database_edit = QLineEdit(self.server_form)
        self.user_edit = QLineEdit(self.server_form)
        self.password_edit = QLineEdit(self.server_form)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Profile name"), self.name_edit)
        form.addRow(self.tr("Host"), self.host_edit)
        form.addRow(self.tr("Port"), self.port_edit)
        form.addRow(self.tr("Database"), self.database_edit)
        form.addRow(self.tr("User"), self.user_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        self.server_form.hide()

        self.connect_button = QPushButton(self.tr("Connect"), self)
        self.user_box = QComboBox(self)
        self.user_box.setEnabled(False)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setProperty("muted", True)
        self.sign_in_button = QPushButton(self.tr("Sign in"), self)
        self.sign_in_button.setProperty("primary", True)
        self.sign_in_button.setEnabled(False)
        self.sign_in_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 22)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(6)
        layout.addWidget(QLabel(self.tr("Database"), self))
        layout.addLayout(profile_row)
        layout.addWidget(self.server_form)
        layout.addWidget(self.connect_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(QLabel(self.tr("You are"), self))
        layout.addWidget(self.user_box)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.sign_in_button, 0, Qt.AlignmentFlag.AlignRight)

        self.add_server.clicked.connect(self._toggle_server_form)
        self.connect_button.clicked.connect(self.connect_profile)
        self.sign_in_button.clicked.connect(self._sign_in)
        self._fill_profiles()
        if fixed_url is not None:
            # --db given: the database is chosen; only the user is asked.
            for widget in (self.profile_box, self.add_server, self.connect_button):
                widget.hide()
            self.status.setText(self.tr("Connecting…"))
            self.connect_button.setEnabled(False)
            start(self._connect(fixed_url, False))
        elif self.profile_box.currentData() == LOCAL_PROFILE:
            # The local file needs no password: open it at once (and prepare the demo
            # on a fresh machine) so that signing in is one click.
            self.connect_profile()

    # -- profiles -----------------------------------------------------------------

    def _fill_profiles(self) -> None:
        self.profile_box.clear()
        try:
            profiles = self.store.all()
        except ProfileError as error:
            self.status.setText(str(error))
            profiles = []
        last = SIGN_IN_PROFILE.read(self.settings)
        for profile in profiles:
            self.profile_box.addItem(f"{profile.name} — {profile.describe()}", profile.name)
        index = self.profile_box.findData(last) if last else -1
        if index < 0:
            index = next((i for i, p in enumerate(profiles) if p.is_default), 0)
        self.profile_box.setCurrentIndex(index)

    def _toggle_server_form(self) -> None:
        self.server_form.setHidden(not self.server_form.isHidden())
        self.connect_button.setText(
            self.tr("Save and connect") if not self.server_form.isHidden() else self.tr("Connect")
        )

    def selected_profile(self) -> Profile:
        name = self.profile_box.currentData()
        return self.store.get(str(name)) if name else self.store.default()

    # -- connecting -----------------------------------------------------------------

    def connect_profile(self) -> None:
        try:
            if not self.server_form.isHidden():
                profile = Profile(
                    self.name_edit.text().strip() or self.host_edit.text().strip(),
                    "postgresql",
                    host=self.host_edit.text().strip(),
                    port=self.port_edit.value(),
                    database=self.database_edit.text().strip(),
                    user=self.user_edit.text().strip(),
                )
                self.store.save(profile, self.password_edit.text() or None)
                self.password_edit.clear()
                self.server_form.hide()
                self.connect_button.setText(self.tr("Connect"))
                self._fill_profiles()
                self.profile_box.setCurrentIndex(self.profile_box.findData(profile.name))
            else:
                profile = self.selected_profile()
        except ProfileError as error:
            self.status.setText(str(error))
            return
        url = self.store.url_for(profile).render_as_string(hide_password=False)
        local = profile.name == LOCAL_PROFILE
        self.status.setText(
            self.tr("Opening the local database (demo data is prepared on first start)…")
            if local
            else self.tr("Connecting to {0}…").format(profile.describe())
        )
        self.connect_button.setEnabled(False)
        self.sign_in_button.setEnabled(False)
        start(self._connect(url, local))

    async def _connect(self, url: str, local: bool) -> None:
        """One connection attempt at a time (the Connect button waits for it)."""
        try:
            result = await self.worker.call(connect, url, local)
        except asyncio.CancelledError:
            raise
        except Exception as error:
            self._failed(error)
            return
        if self.worker.closed:  # the dialog was closed meanwhile
            result.services.close()
            return
        self._connected_to(result)

    def _connected_to(self, result: OpenedDatabase) -> None:
        if self._connected is not None:
            self._connected.services.close()
        self._connected = result
        self.connect_button.setEnabled(True)
        self.user_box.clear()
        last_user = SIGN_IN_USER.read(self.settings)
        for user in self._user_order(result):
            self.user_box.addItem(f"{user.name} · {user.role.value}", user.id)
        index = self._preselected(self._user_order(result), last_user)
        self.sign_in_button.setFocus()
        self.user_box.setCurrentIndex(index)
        self.user_box.setEnabled(bool(result.users))
        self.sign_in_button.setEnabled(bool(result.users))
        seeded = self.tr(" Demo data was created.") if result.filled else ""
        self.status.setText(
            self.tr("Connected.") + seeded
            if result.users
            else self.tr("No users yet: add one with `support-console user add`.")
        )

    def _preselected(self, users: list[UserView], last_user: str) -> int:
        """The last person if they may open the window asked for, else the first
        who may (an agent is not offered for the wallboard)."""
        allowed = [i for i, u in enumerate(users) if self.purpose is None or self.purpose.allows(u)]
        last = next((i for i in allowed if users[i].name == last_user), None)
        if last is not None:
            return last
        return allowed[0] if allowed else 0

    @staticmethod
    def _user_order(result: OpenedDatabase) -> list[UserView]:
        order = {"agent": 0, "lead": 1, "tam": 2, "admin": 3}
        return sorted(result.users, key=lambda u: (order.get(u.role.value, 9), u.name))

    def _failed(self, error: BaseException) -> None:
        self.connect_button.setEnabled(True)
        self.status.setText(self.tr("Could not connect: {0}").format(error_text(error)))

    def _sign_in(self) -> None:
        if self._connected is None:
            return
        user_id = self.user_box.currentData()
        user = next((u for u in self._connected.users if u.id == user_id), None)
        if user is None:
            return
        if self.purpose is not None and not self.purpose.allows(user):
            roles = ", ".join(sorted(role.value for role in self.purpose.roles))
            self.status.setText(
                self.tr(
                    "{name} has the {role} role; the {window} is for: {roles}. Choose another person."
                ).format(name=user.name, role=user.role.value, window=self.purpose.title.lower(), roles=roles)
            )
            self.user_box.setFocus()
            return
        SIGN_IN_PROFILE.write(self.settings, str(self.profile_box.currentData() or ""))
        SIGN_IN_USER.write(self.settings, user.name)
        self.result_services = self._connected.services
        self.result_user = user
        self._connected = None
        self.accept()

    def done(self, result: int) -> None:
        self.worker.shutdown()  # accepted or not: nothing more to run for the dialog
        super().done(result)

    def reject(self) -> None:
        if self._connected is not None:
            self._connected.services.close()
            self._connected = None
        super().reject()
