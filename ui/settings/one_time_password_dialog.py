"""A one-time password, shown once to the admin who issued it: the login, the
password large and easy to read out or copy, until when it is valid and what to
do with it. Nothing here logs it, and it is wiped from the dialog when it closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.services.usecases.people import OneTimePassword
from ui.widgets.plain_text import plain_label
from ui.widgets.time_text import day_time_text, zone_label


class OneTimePasswordDialog(QDialog):
    def __init__(self, name: str, issued: OneTimePassword, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("One-time password for {0}").format(name))
        self.setMinimumWidth(480)

        heading = plain_label(self.tr("One-time password for {0}").format(name), self)
        heading.setProperty("heading", True)
        heading.setWordWrap(True)
        self.login_label = plain_label(issued.login, self)
        self.login_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password_edit = QLineEdit(issued.password, self)
        self.password_edit.setReadOnly(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.8)
        font.setBold(True)
        self.password_edit.setFont(font)
        self.password_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password_edit.setMinimumWidth(self.password_edit.fontMetrics().horizontalAdvance("m" * 18))
        self.password_edit.setAccessibleName(self.tr("One-time password"))
        self.copy_button = QPushButton(self.tr("Copy"), self)
        until = issued.valid_until
        self.until_label = QLabel(f"{day_time_text(until, always_date=True)} {zone_label(until)}", self)
        self.advice = QLabel(
            self.tr(
                "Give this to {0} in person or by phone; they choose their own password at first "
                "sign-in. It is not shown again."
            ).format(name),
            self,
        )
        self.advice.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        password_box = QWidget(self)
        password_row = QHBoxLayout(password_box)
        password_row.setContentsMargins(0, 0, 0, 0)
        password_row.addWidget(self.password_edit, 1)
        password_row.addWidget(self.copy_button)
        form = QGridLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        form.setColumnStretch(1, 1)
        rows = (
            (self.tr("Login"), self.login_label),
            (self.tr("Password"), password_box),
            (self.tr("Valid until"), self.until_label),
        )
        for row, (title, field) in enumerate(rows):
            label = QLabel(title, self)
            label.setProperty("muted", True)
            form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            form.addWidget(field, row, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.advice)
        layout.addWidget(self.buttons)

        self.copy_button.clicked.connect(self.copy)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        self.finished.connect(self._forget)
        self.copy_button.setFocus()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.password_edit.text())
        self.copy_button.setText(self.tr("Copied"))

    def _forget(self, _result: int = 0) -> None:
        """The password is not shown again: not even by this dialog."""
        self.password_edit.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._forget()
        super().closeEvent(event)
