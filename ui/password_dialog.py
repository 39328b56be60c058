"""Choosing one's own password (at the first sign-in with an admin's one-time
password): typed twice, the rules checked as one types, saved on the worker by
the caller's ``save``; a refusal is shown in the dialog, which stays open."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.people import PASSWORD_MIN, password_problem
from ui.errors import as_sentence, error_text
from ui.handlers import start
from ui.theme import set_tone
from ui.widgets.plain_text import plain_label

SavePassword = Callable[[str], Awaitable[None]]


class PasswordDialog(QDialog):
    """Accepted once ``save`` succeeded; ``chosen`` is then the new password."""

    def __init__(self, login: str, save: SavePassword, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.login = login
        self.save = save
        self.chosen: str | None = None
        self.setWindowTitle(self.tr("Choose your password — Support Console"))
        self.setMinimumWidth(440)

        title = QLabel(self.tr("Choose your password"), self)
        title.setProperty("heading", True)
        intro = QLabel(
            self.tr(
                "You signed in as {login} with a one-time password. Choose your own now: "
                "at least {minimum} characters, not containing your user name."
            ).format(login=login, minimum=PASSWORD_MIN),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("muted", True)
        self.new_edit = QLineEdit(self)
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = plain_label("", self)
        self.problem.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.save_button = QPushButton(self.tr("Save and sign in"), self)
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)

        form = QFormLayout()
        form.setSpacing(8)
        form.addRow(self.tr("New password"), self.new_edit)
        form.addRow(self.tr("Again"), self.repeat_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 22)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.new_edit.textChanged.connect(lambda _text: self._check())
        self.repeat_edit.textChanged.connect(lambda _text: self._check())
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._save_clicked)
        self.new_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._check()

    def _check(self) -> None:
        """The first rule the typed password breaks, shown as one types."""
        password, again = self.new_edit.text(), self.repeat_edit.text()
        problem: str | None = None
        if password:
            problem = password_problem(password, self.login)
            if problem is not None:
                problem = as_sentence(problem)
            elif again and again != password:
                problem = self.tr("The two passwords differ.")
        self._show(problem, error=False)
        self.save_button.setEnabled(bool(password) and problem is None and again == password)

    def _show(self, message: str | None, error: bool) -> None:
        self.problem.setText(message or "")
        self.problem.setVisible(bool(message))
        set_tone(self.problem, "breached" if error else "at_risk")

    def _save_clicked(self) -> None:
        if self.save_button.isEnabled():
            start(self._save(self.new_edit.text()))

    async def _save(self, password: str) -> None:
        for widget in (self.new_edit, self.repeat_edit, self.save_button, self.cancel_button):
            widget.setEnabled(False)
        self._show(self.tr("Saving your password…"), error=False)
        set_tone(self.problem, "muted")
        try:
            await self.save(password)
        except asyncio.CancelledError:
            raise
        except Exception as error:
            for widget in (self.new_edit, self.repeat_edit, self.cancel_button):
                widget.setEnabled(True)
            self._check()
            self._show(as_sentence(error_text(error)), error=True)
            return
        self.chosen = password
        self.accept()
