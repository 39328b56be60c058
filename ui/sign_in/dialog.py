"""Sign-in: each person signs in as themselves.

A local SQLite file (the built-in profile, or ``--db`` naming one) has no
passwords: it opens at once (with demo data on a fresh machine) as the person
bound to this OS account, asked for the first time only. A team's PostgreSQL
server takes the person's own user name and password, remembered in the OS
keyring when they ask; an admin's one-time password leads to choosing their own.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from console.logs import get_logger
from console.services.bundle import ConsoleServices
from console.services.infrastructure.connections import (
    LOCAL_PROFILE,
    Profile,
    ProfileError,
    ProfileStore,
    person_url,
    sign_in_problem,
)
from console.services.readmodels.snapshots import UserView
from console.services.usecases.open_database import OpenedDatabase, is_shared_server
from console.services.usecases.people import Me
from ui.errors import as_sentence, error_text
from ui.handlers import start
from ui.password_dialog import PasswordDialog
from ui.sign_in.local_panel import LocalPanel
from ui.sign_in.memory import SignInMemory
from ui.sign_in.purpose import Purpose
from ui.sign_in.server_form import ServerForm
from ui.sign_in.server_panel import ServerPanel
from ui.sign_in.work import connect
from ui.theme import set_tone
from ui.views import view_in_text
from ui.widgets.language_menu import LanguageMenu
from ui.wording import role_word
from ui.worker import Worker

log = get_logger(__name__)

# The name under which a person's password for a ``--db`` server is remembered.
COMMAND_LINE_PROFILE = "--db"


class SignInDialog(QDialog):
    """Returns the connected services, the person signed in and who the
    connection is (``result_services``, ``result_user``, ``result_me``) when
    accepted."""

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
        self.setMinimumWidth(480)
        self.store = store or ProfileStore()
        self.worker = Worker(workers=1)  # no session yet: the dialog has its own
        self.memory = SignInMemory(QSettings())
        self.result_services: ConsoleServices | None = None
        self.result_user: UserView | None = None
        self.result_me: Me | None = None
        self._connected: OpenedDatabase | None = None  # the open local file, or a server awaiting a password
        self._server: Profile | None = None  # the server signed in to (None: the local file)
        self._busy = False
        self.password_dialog: PasswordDialog | None = None

        title = QLabel(self.tr("Support Console"), self)
        title.setProperty("heading", True)
        self.database_label = QLabel(self.tr("Database"), self)
        self.profile_box = QComboBox(self)
        self.profile_box.activated.connect(lambda _index: self.profile_chosen())
        self.add_server = QPushButton(self.tr("Add server…"), self)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_box, 1)
        profile_row.addWidget(self.add_server)

        self.server_form = ServerForm(self)
        self.save_server = QPushButton(self.tr("Save server"), self)
        self.cancel_server = QPushButton(self.tr("Cancel"), self)
        form_buttons = QHBoxLayout()
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.cancel_server)
        form_buttons.addWidget(self.save_server)
        self.server_box = QWidget(self)
        server_layout = QVBoxLayout(self.server_box)
        server_layout.setContentsMargins(0, 0, 0, 0)
        server_layout.addWidget(self.server_form)
        server_layout.addLayout(form_buttons)
        self.server_box.hide()

        self.local_panel = LocalPanel(self)
        self.server_panel = ServerPanel(self)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setProperty("muted", True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.sign_in_button = QPushButton(self.tr("Sign in"), self)
        self.sign_in_button.setProperty("primary", True)
        self.sign_in_button.setEnabled(False)
        self.sign_in_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        # The language is chosen before anyone signs in: a person who cannot read
        # the dialog finds their own language's name here.
        self.language_menu = LanguageMenu(self.memory.settings, self)
        self.language_menu.chosen.connect(self._say)
        self.language_button = QToolButton(self)
        self.language_button.setText(self.tr("Language"))
        self.language_button.setToolTip(self.language_menu.toolTip())
        self.language_button.setMenu(self.language_menu)
        self.language_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        buttons = QHBoxLayout()
        buttons.addWidget(self.language_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.sign_in_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 22)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addSpacing(4)
        layout.addWidget(self.database_label)
        layout.addLayout(profile_row)
        layout.addWidget(self.server_box)
        layout.addSpacing(6)
        layout.addWidget(self.local_panel, 1)
        layout.addWidget(self.server_panel)
        layout.addWidget(self.status)
        layout.addStretch(0)
        layout.addLayout(buttons)

        self.add_server.clicked.connect(self._open_server_form)
        self.save_server.clicked.connect(self._save_server)
        self.cancel_server.clicked.connect(self._close_server_form)
        self.cancel_button.clicked.connect(self.reject)
        self.sign_in_button.clicked.connect(self._sign_in)
        self.local_panel.changed.connect(self._update_button)
        self.local_panel.rearranged.connect(self._refit)
        self.local_panel.chosen_twice.connect(self._sign_in)
        self.server_panel.changed.connect(self._update_button)
        self.server_panel.login_left.connect(self._fill_remembered_password)

        if fixed_url is not None:
            # --db given: the database is chosen; only who you are is asked.
            for widget in (self.database_label, self.profile_box, self.add_server):
                widget.hide()
            if is_shared_server(fixed_url):
                self._show_server(self.store.profile_of_url(fixed_url, COMMAND_LINE_PROFILE))
            else:
                self._open_local(fixed_url, seed=False)
        else:
            self._fill_profiles()
            self.profile_chosen()

    # -- profiles -----------------------------------------------------------------

    def _fill_profiles(self) -> None:
        self.profile_box.clear()
        try:
            profiles = self.store.all()
        except ProfileError as error:
            self._say(as_sentence(str(error)), error=True)
            profiles = []
        for profile in profiles:
            self.profile_box.addItem(f"{profile.name} — {profile.server()}", profile.name)
        last = self.memory.last_profile()
        index = self.profile_box.findData(last) if last else -1
        if index < 0:
            index = next((i for i, p in enumerate(profiles) if p.is_default), 0)
        self.profile_box.setCurrentIndex(index)

    def selected_profile(self) -> Profile:
        name = self.profile_box.currentData()
        return self.store.get(str(name)) if name else self.store.default()

    def profile_chosen(self) -> None:
        """Show what the chosen profile needs: the local file opens at once, a
        server asks for a user name and password."""
        if self._busy:
            return
        try:
            profile = self.selected_profile()
        except ProfileError as error:
            self._say(as_sentence(str(error)), error=True)
            return
        self._drop_connection()
        if profile.kind == "sqlite":
            url = self.store.url_for(profile).render_as_string(hide_password=False)
            self._open_local(url, seed=profile.name == LOCAL_PROFILE)
        else:
            self._show_server(profile)

    def _open_server_form(self) -> None:
        self.server_form.clear()
        self.server_box.show()
        self.add_server.setEnabled(False)
        self.server_form.host_edit.setFocus()
        self._refit()

    def _close_server_form(self) -> None:
        self.server_box.hide()
        self.add_server.setEnabled(True)
        self._refit()

    def _save_server(self) -> None:
        try:
            profile = self.server_form.profile()
            self.store.save(profile)
        except ProfileError as error:
            self._say(as_sentence(str(error)), error=True)
            return
        self._close_server_form()
        self._fill_profiles()
        self.profile_box.setCurrentIndex(self.profile_box.findData(profile.name))
        self.profile_chosen()

    # -- the local file ---------------------------------------------------------------

    def _open_local(self, url: str, seed: bool) -> None:
        self._server = None
        self.server_panel.hide()
        self.local_panel.show_loading()
        self.local_panel.show()
        self._say(
            self.tr("Opening the local database (demo data is prepared on first start)…")
            if seed
            else self.tr("Opening the database…")
        )
        self._set_busy(True)
        start(self._connect_local(url, seed))

    async def _connect_local(self, url: str, seed: bool) -> None:
        try:
            result = await self.worker.call(connect, url, seed)
        except asyncio.CancelledError:
            raise
        except Exception as error:
            self._set_busy(False)
            self._say(self.tr("Could not open the database: {0}").format(error_text(error)), error=True)
            return
        if self.worker.closed:  # the dialog was closed meanwhile
            result.services.close()
            return
        self._set_busy(False)
        self._connected = result
        bound = self.memory.bound_person(result.file or "", result.users) if result.file else None
        self.local_panel.show_people(result.users, bound)
        if not result.users:
            self._say(
                self.tr("No one works here yet: add a person with `support-console user add`."), error=True
            )
        elif result.filled:
            self._say(self.tr("Demo data was created."))
        else:
            self._say("")
        self._update_button()
        self.sign_in_button.setFocus()

    def _sign_in_locally(self) -> None:
        opened = self._connected
        user = self.local_panel.chosen()
        if opened is None or user is None:
            return
        if not self._purpose_allows(user):
            return
        if opened.file is not None and self.local_panel.binds():
            self.memory.bind(opened.file, user)
        self._finish(opened, user)

    # -- a server ----------------------------------------------------------------------

    def _show_server(self, profile: Profile | None) -> None:
        self._server = profile
        self.local_panel.hide()
        self.server_panel.show()
        login = self.memory.last_login(profile.name) if profile is not None else ""
        password = self.store.person_password(profile, login) if profile is not None else None
        self.server_panel.fill(login, password, profile is not None and self.store.can_remember_passwords())
        self._say("")
        self._update_button()
        self._refit()

    def _fill_remembered_password(self) -> None:
        if self._server is not None and not self.server_panel.password:
            remembered = self.store.person_password(self._server, self.server_panel.login)
            if remembered is not None:
                self.server_panel.password_edit.setText(remembered)
                self.server_panel.remember.setChecked(True)

    def _server_url(self) -> str:
        if self.fixed_url is not None:
            from_url = self.fixed_url
        else:
            assert self._server is not None
            from_url = self.store.server_url(self._server).render_as_string(hide_password=False)
        url = person_url(make_url(from_url), self.server_panel.login).set(password=self.server_panel.password)
        return url.render_as_string(hide_password=False)

    async def _sign_in_to_server(self) -> None:
        login, password = self.server_panel.login, self.server_panel.password
        remember = self.server_panel.remember.isChecked()
        url = self._server_url()
        self._set_busy(True)
        self._say(self.tr("Signing in as {0}…").format(login))
        try:
            opened = await self.worker.call(connect, url, False)
        except asyncio.CancelledError:
            raise
        except Exception as error:
            self._set_busy(False)
            problem = sign_in_problem(error)
            self._say(
                problem
                if problem is not None
                else self.tr("Could not connect: {0}").format(error_text(error)),
                error=True,
            )
            self.server_panel.password_edit.setFocus()
            self.server_panel.password_edit.selectAll()
            return
        if self.worker.closed:
            opened.services.close()
            return
        self._set_busy(False)
        user = opened.me.user
        refusal = self._refusal(opened.me, login)
        if refusal is not None or user is None or not self._purpose_allows(user):
            opened.services.close()
            if refusal is not None:
                self._say(refusal, error=True)
            return
        if opened.me.must_choose_password:
            self._choose_password(opened, user, remember)
            return
        self._remember(login, password, remember)
        self._finish(opened, user)

    def _refusal(self, me: Me, login: str) -> str | None:
        """Why the connection may not sign in, in one sentence; None when it may."""
        if me.user is None:
            return self.tr("{0} is not a person on this database: sign in with your own user name.").format(
                login
            )
        until = me.user.one_time_until
        if me.one_time_expired(datetime.now(UTC)) and until is not None:
            return self.tr("Your one-time password expired on {0}: ask an admin for a new one.").format(
                f"{until.astimezone():%Y-%m-%d %H:%M}"
            )
        return None

    def _choose_password(self, opened: OpenedDatabase, user: UserView, remember: bool) -> None:
        """The person came with a one-time password: they choose their own before
        the console opens (saved by the password dialog on this dialog's worker)."""
        self._connected = opened
        self._set_busy(True)
        self._say(self.tr("Choose your own password to continue."))

        now: list[Me] = []

        async def save(password: str) -> None:
            await self.worker.call(opened.services.people.set_own_password, password)
            now.append(await self.worker.call(opened.services.people.whoami))

        dialog = PasswordDialog(user.login or self.server_panel.login, save, self)
        self.password_dialog = dialog

        def ended(code: int) -> None:
            self._set_busy(False)
            if (
                code == QDialog.DialogCode.Accepted
                and dialog.chosen is not None
                and self._connected is opened
            ):
                self.server_panel.password_edit.setText(dialog.chosen)
                self._remember(self.server_panel.login, dialog.chosen, remember)
                me = now[-1] if now else opened.me
                self._finish(opened, me.user or user, me)
                return
            self._drop_connection()
            self._say(self.tr("You are not signed in: choose your own password to continue."), error=True)

        dialog.finished.connect(ended)
        dialog.open()

    def _remember(self, login: str, password: str, remember: bool) -> None:
        profile = self._server
        if profile is None:
            return
        self.memory.set_last_login(profile.name, login)
        try:
            if remember:
                self.store.remember_person_password(profile, login, password)
            else:
                self.store.forget_person_password(profile, login)
        except ProfileError as error:
            log.warning("the password for %s was not remembered: %s", login, error)

    # -- signing in ------------------------------------------------------------------------

    def _purpose_allows(self, user: UserView) -> bool:
        if self.purpose is None or self.purpose.allows(user):
            return True
        self._say(
            self.tr("{name} has the {role} role and the {window} is for: {roles}.").format(
                name=user.name,
                role=role_word(user.role),
                window=view_in_text(self.purpose.title),
                roles=", ".join(role_word(role) for role in sorted(self.purpose.roles)),
            ),
            error=True,
        )
        return False

    def _sign_in(self) -> None:
        if self._busy or not self.sign_in_button.isEnabled():
            return
        if self.local_panel.isHidden():
            start(self._sign_in_to_server())
        else:
            self._sign_in_locally()

    def _finish(self, opened: OpenedDatabase, user: UserView, me: Me | None = None) -> None:
        if self.fixed_url is None:
            self.memory.set_last_profile(str(self.profile_box.currentData() or ""))
        self.result_services = opened.services
        self.result_user = user
        self.result_me = me or opened.me
        self._connected = None
        self.accept()

    # -- state -------------------------------------------------------------------------------

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        set_tone(self.status, "breached" if error else None)
        self._refit()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.profile_box, self.add_server, self.local_panel):
            widget.setEnabled(not busy)
        self.server_panel.set_busy(busy)
        self._update_button()

    def _update_button(self) -> None:
        if self._busy:
            ready = False
        elif self.local_panel.isHidden():
            ready = self.server_panel.complete()
        else:
            ready = self._connected is not None and self.local_panel.chosen() is not None
        self.sign_in_button.setEnabled(ready)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refit()

    def _refit(self) -> None:
        """Fit the height to what is shown now (the list of people comes and goes),
        once the layout has taken the change in."""
        QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = self.width()
        wanted = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        self.resize(width, max(wanted, layout.totalMinimumSize().height()))

    def _drop_connection(self) -> None:
        if self._connected is not None:
            self._connected.services.close()
            self._connected = None

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self._drop_connection()
        self.worker.shutdown()  # accepted or not: nothing more to run for the dialog
        super().done(result)
