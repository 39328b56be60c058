"""A PostgreSQL server's part of sign-in: the person's own user name (their
login) and password, and whether the OS keyring remembers the password."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget


class ServerPanel(QWidget):
    """``changed``: the fields changed (whether Sign in may be pressed);
    ``login_left``: the user name field lost focus after an edit."""

    changed = Signal()
    login_left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._can_remember = True
        self.login_edit = QLineEdit(self)
        self.login_edit.setPlaceholderText(self.tr("e.g. aisha.rahman"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember password"), self)
        self.hint = QLabel(
            self.tr(
                "Sign in with your own user name. The first time, use the one-time password an admin gave you."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setProperty("muted", True)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("User name"), self.login_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.hint)

        self.login_edit.textChanged.connect(lambda _text: self.changed.emit())
        self.password_edit.textChanged.connect(lambda _text: self.changed.emit())
        self.login_edit.editingFinished.connect(self.login_left.emit)

    def fill(self, login: str, password: str | None, can_remember: bool) -> None:
        self._can_remember = can_remember
        self.login_edit.setText(login)
        self.password_edit.setText(password or "")
        self.remember.setEnabled(can_remember)
        self.remember.setChecked(can_remember and password is not None)
        self.remember.setToolTip(
            ""
            if can_remember
            else self.tr("No OS keyring is available on this machine, so no password can be remembered.")
        )
        (self.password_edit if login else self.login_edit).setFocus()

    @property
    def login(self) -> str:
        return self.login_edit.text().strip()

    @property
    def password(self) -> str:
        return self.password_edit.text()

    def complete(self) -> bool:
        return bool(self.login and self.password)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.login_edit, self.password_edit, self.remember):
            widget.setEnabled(not busy and (widget is not self.remember or self._can_remember))
