"""The administration's Mail tab: the mail service's settings (the IMAP mailbox
it reads, the SMTP server it sends through, the From address and how new mail
becomes cases), the mail passwords — kept in this machine's keyring, never in
the database — a check of both servers, and the messages the service could not
read, which an admin retries, discards or saves to look at.

Only admins change anything here (``Action.CONFIGURE_MAIL``); everyone else who
opens the administration sees the settings read-only. Every check of a value is
the core's (:mod:`console.services.usecases.mail_settings`); a save carries the
version the admin saw, so a colleague's change in between is refused rather than
overwritten. Checking the servers talks to the network and may take seconds: it
runs on a worker thread like every database call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.channels.email.secrets import Kind, store_mail_password
from console.daemons.mail import check
from console.domain.plans import Severity
from console.services.bundle import ConsoleServices
from console.services.usecases.mail_settings import (
    MAX_MESSAGE_BYTES,
    MIN_MESSAGE_BYTES,
    SECURITIES,
    MailSettingsView,
    UnreadableView,
)
from ui.errors import as_sentence
from ui.handlers import start
from ui.i18n import QT_TRANSLATE_NOOP
from ui.session import ConsoleSession
from ui.settings.setup_tab import SetupTab, intro_label, row_table
from ui.settings.unreadable_model import REASON, RECEIVED, UnreadableModel
from ui.theme import set_tone
from ui.widgets.plain_text import plain_label
from ui.widgets.time_text import date_clock_text
from ui.wording import severity_label

MB = 1024 * 1024
SECURITY_LABELS = {
    "ssl": "SSL/TLS",
    "starttls": "STARTTLS",
    "none": QT_TRANSLATE_NOOP("MailTab", "None (unencrypted)"),
}


def read_mail(services: ConsoleServices) -> tuple[MailSettingsView, tuple[UnreadableView, ...]]:
    """What the tab shows (on a worker): the settings and the unreadable messages."""
    return services.mail_settings.settings(), services.mail_settings.unreadable()


def save_raw(services: ConsoleServices, item_id: int, path: str) -> int:
    """Write an unreadable message's bytes to ``path`` (on a worker); how many."""
    raw = services.mail_settings.unreadable_raw(item_id)
    Path(path).write_bytes(raw)
    return len(raw)


def _left(widget: QWidget) -> QWidget:
    """``widget`` at its own width on the left of a form row (not stretched across it)."""
    holder = QWidget(widget.parentWidget())
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget)
    row.addStretch(1)
    return holder


class MailTab(SetupTab):
    def __init__(self, session: ConsoleSession, parent: QWidget | None = None) -> None:
        super().__init__(session, lambda: read_mail(session.services), self._loaded, parent)
        self._filling = False  # the form is being filled from the database, not edited
        self.view: MailSettingsView | None = None
        self.password_dialog: QInputDialog | None = None
        self.check_lines: list[QLabel] = []

        intro = intro_label(
            self.tr(
                "Where the mail service (support-console mail run) fetches customers' mail and sends the "
                "team's replies. New mail from a contact opens a case; mail from unknown senders waits "
                "for an agent under Unknown senders."
            ),
            self,
        )

        # -- Incoming -----------------------------------------------------------------
        self.imap_host = self._line("imap.example.com")
        self.imap_port = self._spin(1, 65535)
        self.imap_security = self._security()
        self.imap_user = self._line("support@example.com")
        self.imap_folder = self._line("INBOX")
        self.imap_processed_folder = self._line(self.tr("(leave the mail where it is)"))
        self.imap_password_button = QPushButton(self.tr("Set IMAP password…"), self)
        incoming = QGroupBox(self.tr("Incoming (IMAP)"), self)
        form = QFormLayout(incoming)
        form.addRow(self.tr("Server"), self.imap_host)
        form.addRow(self.tr("Port"), self.imap_port)
        form.addRow(self.tr("Security"), self.imap_security)
        form.addRow(self.tr("User"), self.imap_user)
        form.addRow(self.tr("Folder"), self.imap_folder)
        form.addRow(self.tr("Move read mail to"), self.imap_processed_folder)
        form.addRow("", _left(self.imap_password_button))

        # -- Outgoing -----------------------------------------------------------------
        self.smtp_host = self._line("smtp.example.com")
        self.smtp_port = self._spin(1, 65535)
        self.smtp_security = self._security()
        self.smtp_user = self._line(self.tr("(no login)"))
        self.smtp_password_button = QPushButton(self.tr("Set SMTP password…"), self)
        outgoing = QGroupBox(self.tr("Outgoing (SMTP)"), self)
        form = QFormLayout(outgoing)
        form.addRow(self.tr("Server"), self.smtp_host)
        form.addRow(self.tr("Port"), self.smtp_port)
        form.addRow(self.tr("Security"), self.smtp_security)
        form.addRow(self.tr("User"), self.smtp_user)
        form.addRow("", _left(self.smtp_password_button))

        # -- Messages -----------------------------------------------------------------
        self.from_address = self._line("support@example.com")
        self.from_name = self._line(self.tr("Example Support"))
        self.max_message_mb = self._spin(MIN_MESSAGE_BYTES // MB, MAX_MESSAGE_BYTES // MB, " MB")
        self.poll_seconds = self._spin(5, 3600, " s")
        self.default_severity = QComboBox(self)
        for severity in Severity:
            self.default_severity.addItem(f"{int(severity)} {severity_label(severity)}", int(severity))
        self.default_severity.currentIndexChanged.connect(self._edited)
        self.acknowledge = QCheckBox(self.tr("Acknowledge new cases to the customer"), self)
        self.acknowledge.toggled.connect(self._edited)
        messages = QGroupBox(self.tr("Messages"), self)
        form = QFormLayout(messages)
        form.addRow(self.tr("From address"), self.from_address)
        form.addRow(self.tr("From name"), self.from_name)
        form.addRow(self.tr("Size limit"), self.max_message_mb)
        form.addRow(self.tr("Check for mail every"), self.poll_seconds)
        form.addRow(self.tr("Severity of new cases"), self.default_severity)
        form.addRow("", self.acknowledge)

        groups = QHBoxLayout()
        groups.setSpacing(12)
        groups.addWidget(incoming, 1)
        groups.addWidget(outgoing, 1)
        groups.addWidget(messages, 1)

        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo changes"), self)
        self.revert_button.clicked.connect(self.reload)
        self.check_button = QPushButton(self.tr("Check servers"), self)
        self.check_button.setToolTip(self.tr("Log in to the saved IMAP and SMTP servers from this machine"))
        self.check_button.clicked.connect(self.check_servers)
        self.imap_password_button.clicked.connect(lambda: self.ask_password("imap"))
        self.smtp_password_button.clicked.connect(lambda: self.ask_password("smtp"))
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.revert_button)
        actions.addWidget(self.check_button)
        actions.addWidget(self.status, 1)
        self.password_note = intro_label(
            self.tr(
                "Passwords are not stored in the database: “Set IMAP password…” and “Set SMTP "
                "password…” keep them in this machine's keyring. On a server, give the mail service its "
                "passwords as systemd credentials or a password file (support-console admin mail password)."
            ),
            self,
        )
        self.updated_label = plain_label("", self)
        self.updated_label.setProperty("muted", True)
        self.check_box = QVBoxLayout()
        self.check_box.setSpacing(2)

        # -- unreadable messages ---------------------------------------------------------
        unreadable_heading = QLabel(self.tr("Messages that could not be read"), self)
        unreadable_heading.setProperty("subheading", True)
        self.unreadable_model = UnreadableModel(self)
        self.unreadable_table = row_table(self.unreadable_model, self)
        header = self.unreadable_table.horizontalHeader()
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RECEIVED, QHeaderView.ResizeMode.ResizeToContents)
        self.unreadable_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.unreadable_empty = intro_label(self.tr("None: every message was read."), self)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setToolTip(self.tr("The mail service reads the message again on its next round"))
        self.discard_button = QPushButton(self.tr("Discard"), self)
        self.discard_button.setToolTip(self.tr("Give up on the message; it stays stored"))
        self.save_message_button = QPushButton(self.tr("Save message…"), self)
        self.save_message_button.setToolTip(self.tr("Save the message as it arrived (.eml) to look at it"))
        self.retry_button.clicked.connect(lambda: self._resolve("retry"))
        self.discard_button.clicked.connect(lambda: self._resolve("discard"))
        self.save_message_button.clicked.connect(self.ask_save_message)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.retry_button)
        row_buttons.addWidget(self.discard_button)
        row_buttons.addWidget(self.save_message_button)
        row_buttons.addStretch(1)

        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(groups)
        column.addLayout(actions)
        column.addLayout(self.check_box)
        column.addWidget(self.password_note)
        column.addWidget(self.updated_label)
        column.addSpacing(6)
        column.addWidget(unreadable_heading)
        column.addWidget(self.unreadable_table, 1)
        column.addWidget(self.unreadable_empty)
        column.addLayout(row_buttons)
        self._update_buttons()

    # -- building ------------------------------------------------------------------------

    def _line(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(self._edited)
        return edit

    def _spin(self, low: int, high: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setMaximumWidth(120)  # a port or a number of seconds needs no full-width field
        spin.valueChanged.connect(self._edited)
        return spin

    def _security(self) -> QComboBox:
        box = QComboBox(self)
        for code in SECURITIES:
            box.addItem(self.tr(SECURITY_LABELS.get(code, code)), code)
        box.currentIndexChanged.connect(self._edited)
        return box

    # -- showing -------------------------------------------------------------------------

    def _loaded(self, data: tuple[MailSettingsView, tuple[UnreadableView, ...]]) -> None:
        view, unreadable = data
        self.view = view
        self._filling = True
        try:
            for name in ("imap_host", "imap_user", "imap_folder", "smtp_host", "from_address", "from_name"):
                self._edit(name).setText(getattr(view, name))
            self.imap_processed_folder.setText(view.imap_processed_folder or "")
            self.smtp_user.setText(view.smtp_user or "")
            self.imap_port.setValue(view.imap_port)
            self.smtp_port.setValue(view.smtp_port)
            self.imap_security.setCurrentIndex(max(0, self.imap_security.findData(view.imap_security)))
            self.smtp_security.setCurrentIndex(max(0, self.smtp_security.findData(view.smtp_security)))
            self.max_message_mb.setValue(max(1, round(view.max_message_bytes / MB)))
            self.poll_seconds.setValue(view.poll_seconds)
            self.default_severity.setCurrentIndex(
                max(0, self.default_severity.findData(view.default_severity))
            )
            self.acknowledge.setChecked(view.acknowledge)
        finally:
            self._filling = False
        if view.updated_at is not None:
            self.updated_label.setText(
                self.tr("Last changed {0}{1}.").format(
                    date_clock_text(view.updated_at),
                    self.tr(" by {0}").format(view.updated_by) if view.updated_by else "",
                )
            )
        else:
            self.updated_label.setText(self.tr("Never changed: these are the defaults."))
        self.show_unreadable(unreadable)
        self.stale = False
        self._update_buttons()
        self.loaded.emit()

    def show_unreadable(self, rows: tuple[UnreadableView, ...]) -> None:
        chosen = self.selected_unreadable()
        self.unreadable_model.set_rows(rows)
        self.unreadable_table.setVisible(bool(rows))
        self.unreadable_empty.setVisible(not rows)
        for row, item in enumerate(rows):
            if chosen is not None and item.id == chosen.id:
                self.unreadable_table.selectRow(row)
        self._update_buttons()

    def _edit(self, name: str) -> QLineEdit:
        edit = getattr(self, name)
        assert isinstance(edit, QLineEdit)
        return edit

    def form_values(self) -> dict[str, Any]:
        """The form as the core's field names take it."""
        return {
            "imap_host": self.imap_host.text().strip(),
            "imap_port": self.imap_port.value(),
            "imap_security": self.imap_security.currentData(),
            "imap_user": self.imap_user.text().strip(),
            "imap_folder": self.imap_folder.text().strip() or "INBOX",
            "imap_processed_folder": self.imap_processed_folder.text().strip() or None,
            "smtp_host": self.smtp_host.text().strip(),
            "smtp_port": self.smtp_port.value(),
            "smtp_security": self.smtp_security.currentData(),
            "smtp_user": self.smtp_user.text().strip() or None,
            "from_address": self.from_address.text().strip(),
            "from_name": self.from_name.text().strip(),
            "max_message_bytes": self.max_message_mb.value() * MB,
            "poll_seconds": self.poll_seconds.value(),
            "default_severity": self.default_severity.currentData(),
            "acknowledge": self.acknowledge.isChecked(),
        }

    def changes(self) -> dict[str, Any]:
        """The fields the admin changed since the settings were read."""
        if self.view is None:
            return {}
        changed = {}
        for name, value in self.form_values().items():
            saved = getattr(self.view, name)
            if name == "max_message_bytes" and round(saved / MB) * MB == value:
                continue  # shown rounded to whole MB: unchanged unless the MB changed
            if value != saved:
                changed[name] = value
        return changed

    def has_unsaved(self) -> bool:
        return bool(self.changes())

    def _edited(self, *_args: object) -> None:
        if not self._filling:
            self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.read_only
        unsaved = self.view is not None and self.has_unsaved()
        self.save_button.setEnabled(editable and unsaved)
        self.revert_button.setEnabled(editable and unsaved)
        self.check_button.setEnabled(editable and self.view is not None)
        self.imap_password_button.setEnabled(editable and self.view is not None)
        self.smtp_password_button.setEnabled(editable and self.view is not None)
        chosen = self.selected_unreadable() is not None
        for button in (self.retry_button, self.discard_button, self.save_message_button):
            button.setEnabled(editable and chosen)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for widget in (
            self.imap_host,
            self.imap_user,
            self.imap_folder,
            self.imap_processed_folder,
            self.smtp_host,
            self.smtp_user,
            self.from_address,
            self.from_name,
        ):
            widget.setReadOnly(read_only)
        for spin in (self.imap_port, self.smtp_port, self.max_message_mb, self.poll_seconds):
            spin.setReadOnly(read_only)
        for box in (self.imap_security, self.smtp_security, self.default_severity, self.acknowledge):
            box.setEnabled(not read_only)
        # As on the other tabs, what only an admin may do is not shown to the others.
        for button in (
            self.save_button,
            self.revert_button,
            self.check_button,
            self.imap_password_button,
            self.smtp_password_button,
            self.retry_button,
            self.discard_button,
            self.save_message_button,
        ):
            button.setVisible(not read_only)
        self._update_buttons()

    def on_external_change(self, by_others: bool = True) -> None:
        """A colleague or the mail service changed something: the unreadable list
        always follows; the settings only when that keeps the admin's edits."""
        if self.has_unsaved():
            start(self._reload_unreadable())
            if by_others:
                self.status.show_note(
                    self.tr(
                        "Someone else changed the mail settings. Your unsaved edits are kept; save or reload."
                    )
                )
            return
        self.reload()

    async def _reload_unreadable(self) -> None:
        self.show_unreadable(await self.call(self.session.services.mail_settings.unreadable))

    # -- saving --------------------------------------------------------------------------

    def save(self) -> None:
        if self.view is not None and not self.read_only:
            start(self._save(self.changes(), self.view.version))

    async def _save(self, changes: dict[str, Any], version: int) -> None:
        if not changes:
            self.status.show_note(self.tr("Nothing to save: nothing was changed."))
            return
        self.save_button.setEnabled(False)
        try:
            await self.write(self.session.services.mail_settings.change, changes, self.actor, version)
        finally:
            self._update_buttons()
        count = len(changes)
        self.status.show_ok(
            self.tr("Saved %n change(s). The mail service uses them from its next round.", "", count)
        )
        self.reload()

    # -- passwords -----------------------------------------------------------------------

    def ask_password(self, kind: Kind) -> None:
        """Ask for the ``kind`` password (masked) and keep it in this machine's keyring."""
        if self.view is None or self.read_only:
            return
        user = (self.view.imap_user if kind == "imap" else self.view.smtp_user) or ""
        host = self.view.imap_host if kind == "imap" else self.view.smtp_host
        name = kind.upper()
        if not user or not host:
            self.status.show_error(
                self.tr("Save the {0} server and user first: the password belongs to them.").format(name)
            )
            return
        if {f"{kind}_user", f"{kind}_host"} & set(self.changes()):
            self.status.show_error(
                self.tr("Save the changed {0} server or user first: the password belongs to them.").format(
                    name
                )
            )
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Set {0} password").format(name))
        dialog.setLabelText(
            self.tr("Password for {0} on {1} (kept in this machine's keyring):").format(user, host)
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.textValueSelected.connect(
            lambda password: start(self.store_password(kind, user, host, password))
        )
        dialog.finished.connect(self._password_dialog_finished)
        self.password_dialog = dialog
        dialog.open()

    def _password_dialog_finished(self, _result: int) -> None:
        dialog, self.password_dialog = self.password_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    async def store_password(self, kind: Kind, user: str, host: str, password: str) -> None:
        if not password:
            self.status.show_error(self.tr("No password was given; nothing was stored."))
            return
        # The keyring may wait on the desktop's secret service: not on the GUI thread.
        await self.call(store_mail_password, kind, user, host, password)
        self.status.show_ok(
            self.tr("The {0} password for {1} is kept in this machine's keyring.").format(kind.upper(), user)
        )

    # -- checking the servers --------------------------------------------------------------

    def check_servers(self) -> None:
        if self.view is not None and not self.read_only:
            start(self._check(self.view))

    async def _check(self, view: MailSettingsView) -> None:
        self.check_button.setEnabled(False)
        self._clear_check_lines()
        self.status.show_note(self.tr("Checking the servers…"))
        if self.has_unsaved():
            self.status.show_note(self.tr("Checking the saved settings (your unsaved edits are not used)…"))
        try:
            results = await self.call(check, view)
        finally:
            self._update_buttons()
        for works, sentence in results:
            prefix = self.tr("ok") if works else self.tr("failed")
            line = plain_label(f"{prefix} — {as_sentence(sentence)}", self)
            line.setWordWrap(True)
            set_tone(line, "met" if works else "breached")
            self.check_box.addWidget(line)
            self.check_lines.append(line)
        failed = sum(1 for works, _ in results if not works)
        if failed:
            self.status.show_error(
                self.tr("{0} of {1} servers failed the check.").format(failed, len(results))
            )
        else:
            self.status.show_ok(self.tr("Both servers answered."))

    def _clear_check_lines(self) -> None:
        for line in self.check_lines:
            self.check_box.removeWidget(line)
            line.deleteLater()
        self.check_lines = []

    # -- unreadable messages -----------------------------------------------------------------

    def selected_unreadable(self) -> UnreadableView | None:
        rows = self.unreadable_table.selectionModel().selectedRows()
        return self.unreadable_model.row_at(rows[0].row()) if rows else None

    def _resolve(self, how: str) -> None:
        item = self.selected_unreadable()
        if item is not None and not self.read_only:
            start(self.resolve(item, how))

    async def resolve(self, item: UnreadableView, how: str) -> None:
        """``how``: "retry" (the mail service reads it again) or "discard"."""
        service = self.session.services.mail_settings
        work = service.request_retry if how == "retry" else service.discard
        await self.write(work, item.id, self.actor)
        if how == "retry":
            self.status.show_ok(self.tr("The mail service reads the message again on its next round."))
        else:
            self.status.show_ok(self.tr("The message was discarded; it stays stored."))
        await self._reload_unreadable()

    def ask_save_message(self) -> None:
        item = self.selected_unreadable()
        if item is None or self.read_only:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save message"),
            f"unreadable-{item.id}.eml",
            self.tr("Mail messages (*.eml);;All files (*)"),
        )
        if path:
            start(self.save_message(item, path))

    async def save_message(self, item: UnreadableView, path: str) -> None:
        size = await self.call(save_raw, self.session.services, item.id, path)
        self.status.show_ok(self.tr("Saved the message ({0} bytes) to {1}.").format(size, path))


__all__ = ["MailTab", "read_mail", "save_raw"]
