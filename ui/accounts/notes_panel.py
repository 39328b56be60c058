"""The TAM's notes on the selected account: the list, newest first, and an editor
below it to add a note or change or delete one's own. Writing goes through
:meth:`ConsoleSession.call`; a note changed by someone else in the meantime is
reported in one line and the draft is kept. Only the account's TAM (and admins)
may write; the core refuses anyone else, and the panel says so up front."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.permissions import may_write_notes_on
from console.logs import get_logger
from console.services.errors import Conflict, ServiceError
from console.services.readmodels.cockpit import CockpitService, TamAccount, TamNoteView
from ui.accounts.note_delegate import NoteDelegate
from ui.accounts.note_model import NoteModel
from ui.errors import error_text
from ui.handlers import start
from ui.session import ConsoleSession, is_connection_error
from ui.theme import set_tone
from ui.widgets.plain_text import plain

log = get_logger(__name__)


class NotesPanel(QWidget):
    notes_changed = Signal(int)  # account id, after this panel wrote

    def __init__(
        self, session: ConsoleSession, service: CockpitService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._service = service
        self._account: TamAccount | None = None
        self._editing: TamNoteView | None = None
        self._saving = False
        self._take_current_version = False
        self.model = NoteModel(session.user.id, self)

        title = QLabel(self.tr("Notes"), self)
        title.setStyleSheet("font-weight: 600;")
        self.count_label = QLabel(self)
        self.count_label.setProperty("muted", True)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(NoteDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.doubleClicked.connect(self._double_clicked)
        self.list.selectionModel().currentChanged.connect(self._update_buttons)
        self.empty_label = QLabel(self.tr("No notes on this account yet."), self)
        self.empty_label.setProperty("muted", True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(self.tr("Write a note on this account… (Ctrl+Enter saves)"))
        self.editor.setFixedHeight(76)
        self.editor.textChanged.connect(self._update_buttons)
        self.editor.installEventFilter(self)
        self.editing_label = QLabel(self)
        self.editing_label.setProperty("muted", True)
        self.save_button = QPushButton(self.tr("Add note"), self)
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.message_label = plain(QLabel(self))
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.editing_label, 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.editor)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        self._update_buttons()

    # -- showing ----------------------------------------------------------------------

    def show_account(self, account: TamAccount | None, now: datetime, zone: tzinfo) -> None:
        """Show ``account``'s notes; a draft stays while the same account is shown."""
        changed = account is None or self._account is None or account.id != self._account.id
        selected = self.selected_note()
        self._account = account
        self.model.set_notes(() if account is None else account.notes, now, zone)
        if changed:
            self.editor.clear()
            self._editing = None
            self._clear_message()
        elif self._editing is not None:
            row = self.model.row_of(self._editing.id)
            if row is None:
                self._show_message(self.tr("The note you were editing was deleted; your text is kept."))
                self._editing = None
            elif self._take_current_version:
                # The user was told of the conflict: saving again now replaces what is stored.
                self._editing = self.model.note_at(row)
                self._take_current_version = False
        if selected is not None and not changed:
            row = self.model.row_of(selected.id)
            if row is not None:
                self.list.setCurrentIndex(self.model.index(row, 0))
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n note(s)", "", count))
        self.list.setVisible(count > 0)
        self.empty_label.setVisible(count == 0)
        self._update_buttons()

    def selected_note(self) -> TamNoteView | None:
        index = self.list.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.note_at(index.row())

    @property
    def may_write(self) -> bool:
        user = self._session.user
        if self._account is None:
            return False
        return may_write_notes_on(user.role, user.id, self._account.tam_id)

    # -- editing ----------------------------------------------------------------------

    def edit_selected(self) -> None:
        note = self.selected_note()
        if note is None or note.author_id != self._session.user.id:
            return
        self._editing = note
        self.editor.setPlainText(note.body)
        self.editor.setFocus()
        self._update_buttons()

    def cancel_edit(self) -> None:
        self._editing = None
        self.editor.clear()
        self._clear_message()
        self._update_buttons()

    def save(self) -> None:
        if self._account is None or self._saving or not self.editor.toPlainText().strip():
            return
        body = self.editor.toPlainText()
        user = self._session.user.id
        account = self._account.id
        self._saving = True
        self._clear_message()
        self._update_buttons()
        service = self._service
        if self._editing is None:
            start(self._store(service.add_note, account, body, user))
        else:
            note = self._editing
            start(self._store(service.edit_note, note.id, body, note.version, user))

    async def _store(self, work: Callable[..., TamNoteView], *args: object) -> None:
        try:
            note = await self._session.call(work, *args)
        except Exception as error:
            self._failed(error)
            return
        finally:
            self._saving = False
        self._editing = None
        self.editor.clear()
        self._update_buttons()
        self.notes_changed.emit(note.account_id)

    def delete_selected(self) -> None:
        note = self.selected_note()
        if note is None or note.author_id != self._session.user.id or self._saving or self._account is None:
            return
        self._saving = True
        self._clear_message()
        self._update_buttons()
        start(self._delete(note))

    async def _delete(self, note: TamNoteView) -> None:
        try:
            await self._session.call(self._service.delete_note, note.id, self._session.user.id, note.version)
        except Exception as error:
            self._failed(error)
            return
        finally:
            self._saving = False
        if self._editing is not None and self._editing.id == note.id:
            self._editing = None
            self.editor.clear()
        self._update_buttons()
        self.notes_changed.emit(note.account_id)

    def _failed(self, error: BaseException) -> None:
        self._update_buttons()
        if isinstance(error, Conflict):
            self._show_message(
                self.tr(
                    "Not saved: the note was changed in the meantime (reloaded above). Your text is kept; save again to replace it."
                )
            )
            self._take_current_version = True
            if self._account is not None:
                self.notes_changed.emit(self._account.id)
        elif is_connection_error(error):
            self._show_message(self.tr("Not saved — the database is unreachable. Your text is kept."))
        elif isinstance(error, ServiceError):
            self._show_message(self.tr("Not saved: {0}").format(error_text(error)))
        else:
            log.error("notes: unexpected error", exc_info=error)
            self._show_message(self.tr("Not saved: unexpected error ({0}).").format(type(error).__name__))

    # -- inside -----------------------------------------------------------------------

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.list.setCurrentIndex(index)
            self.edit_selected()

    def _update_buttons(self, *_args: object) -> None:
        may = self.may_write
        note = self.selected_note()
        mine = note is not None and note.author_id == self._session.user.id
        has_text = bool(self.editor.toPlainText().strip())
        self.editor.setEnabled(may)
        if not may and self._account is not None:
            self.editor.setPlaceholderText(self.tr("Only the account's TAM writes notes here."))
        else:
            self.editor.setPlaceholderText(self.tr("Write a note on this account… (Ctrl+Enter saves)"))
        self.save_button.setText(self.tr("Save changes") if self._editing else self.tr("Add note"))
        self.save_button.setEnabled(may and has_text and not self._saving)
        self.edit_button.setEnabled(may and mine and not self._saving and self._editing is None)
        self.delete_button.setEnabled(may and mine and not self._saving)
        self.cancel_button.setVisible(self._editing is not None)
        self.editing_label.setText(self.tr("Editing your note") if self._editing else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.editor
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return True
        return super().eventFilter(watched, event)

    def _show_message(self, text: str) -> None:
        set_tone(self.message_label, "breached")
        self.message_label.setText(text)
        self.message_label.show()

    def _clear_message(self) -> None:
        self.message_label.clear()
        self.message_label.hide()
