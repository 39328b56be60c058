"""The reply box under a case: the text, "Send reply" and "Add internal note",
and their shortcuts (Ctrl+Enter sends, Ctrl+Shift+Enter adds a note); on a case
that came by email, a line saying where the reply goes (the sender of the
customer's last email, as the outbox answers it). It asks for a send; the case
view does it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from console.domain.cases import Channel, MessageKind
from console.services.readmodels.snapshots import CaseDetail
from ui.widgets.action_icons import action_icon
from ui.widgets.keys_text import keys_text
from ui.widgets.plain_text import plain


def reply_address(detail: CaseDetail) -> str | None:
    """Where a reply on ``detail`` goes by email: the sender of the customer's last
    email that was not automatic, else the case's contact; None when the case did
    not come by email (or there is nobody to write to)."""
    if detail.summary.channel is not Channel.EMAIL:
        return None
    for message in reversed(detail.messages):
        mail = message.email
        if mail is not None and mail.direction == "in" and not mail.automatic:
            return mail.sender
    if detail.contact is not None:
        return f"{detail.contact.name} <{detail.contact.email}>"
    return None


class ReplyBox(QWidget):
    send_requested = Signal(object)  # MessageKind: REPLY or NOTE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.destination_label = plain(QLabel(self))
        self.destination_label.setProperty("muted", True)
        self.destination_label.setWordWrap(True)
        self.destination_label.hide()
        layout.addWidget(self.destination_label)
        self.reply_edit = QPlainTextEdit(self)
        self.reply_edit.setPlaceholderText(self.tr("Write a reply to the customer, or an internal note…"))
        self.reply_edit.setTabChangesFocus(True)
        self.reply_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 18)
        layout.addWidget(self.reply_edit)
        row = QHBoxLayout()
        row.setSpacing(8)
        hint = QLabel(
            self.tr("{0} sends · {1} adds a note").format(
                keys_text("Ctrl+Enter"), keys_text("Ctrl+Shift+Enter")
            ),
            self,
        )
        hint.setWordWrap(True)  # wraps rather than widening a narrow case pane
        hint.setProperty("muted", True)
        row.addWidget(hint, 1)
        self.note_button = QPushButton(self.tr("Add internal note"), self)
        self.note_button.setIcon(action_icon("note"))
        self.note_button.setToolTip(
            self.tr("Only agents see internal notes ({0})").format(keys_text("Ctrl+Shift+Enter"))
        )
        self.note_button.clicked.connect(self._note)
        self.send_button = QPushButton(self.tr("Send reply"), self)
        self.send_button.setProperty("primary", True)
        self.send_button.setIcon(action_icon("send", tone="on_accent"))
        self.send_button.setToolTip(self.tr("Send to the customer ({0})").format(keys_text("Ctrl+Enter")))
        self.send_button.clicked.connect(self._reply)
        row.addWidget(self.note_button)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+Return", self._reply),
            ("Ctrl+Enter", self._reply),
            ("Ctrl+Shift+Return", self._note),
            ("Ctrl+Shift+Enter", self._note),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    def show_case(self, detail: CaseDetail | None) -> None:
        """Say where a reply on ``detail`` goes (nothing for a case not by email)."""
        address = None if detail is None else reply_address(detail)
        if address is None:
            self.destination_label.clear()
            self.destination_label.hide()
            return
        self.destination_label.setText(self.tr("Reply goes by email to {address}").format(address=address))
        self.destination_label.show()

    def _reply(self) -> None:
        self.send_requested.emit(MessageKind.REPLY)

    def _note(self) -> None:
        self.send_requested.emit(MessageKind.NOTE)
