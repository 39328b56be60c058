"""Adding a team's PostgreSQL server at sign-in: a name for it, the host, the
port and the database. No user nor password: each person signs in as themselves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from console.services.infrastructure.connections import Profile


class ServerForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Team"))
        self.host_edit = QLineEdit(self)
        self.host_edit.setPlaceholderText(self.tr("e.g. db.example.com"))
        self.port_edit = QSpinBox(self)
        self.port_edit.setRange(1, 65535)
        self.port_edit.setValue(5432)
        self.database_edit = QLineEdit(self)
        self.database_edit.setPlaceholderText(self.tr("e.g. support"))
        self.port_edit.setMinimumHeight(self.host_edit.sizeHint().height())
        title = QLabel(self.tr("New PostgreSQL server"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        form = QFormLayout(self)
        form.setContentsMargins(0, 4, 0, 0)
        form.setSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(title)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Host"), self.host_edit)
        form.addRow(self.tr("Port"), self.port_edit)
        form.addRow(self.tr("Database"), self.database_edit)

    def profile(self) -> Profile:
        """The server as a profile; ProfileError when a field is missing."""
        host = self.host_edit.text().strip()
        return Profile(
            self.name_edit.text().strip() or host,
            "postgresql",
            host=host,
            port=self.port_edit.value(),
            database=self.database_edit.text().strip(),
        )

    def clear(self) -> None:
        for edit in (self.name_edit, self.host_edit, self.database_edit):
            edit.clear()
        self.port_edit.setValue(5432)
