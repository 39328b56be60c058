"""One line under a tab that says what just happened: "Saved. 17 open cases got a
new due time." in the calm colour, or a refusal in the alarm colour. Errors are
one line, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from console.services.errors import Conflict, ServiceError
from console.services.infrastructure.connections import ProfileError
from ui import errors
from ui.session import is_connection_error
from ui.theme import set_tone
from ui.widgets.plain_text import plain


def error_text(error: BaseException) -> str:
    """The one line a user reads for ``error``."""
    if isinstance(error, Conflict):
        return QCoreApplication.translate(
            "StatusLine", "Changed by someone else — reloaded. Check the values and save again."
        )
    if isinstance(error, (ServiceError, ProfileError)):
        return errors.as_sentence(str(error))
    if is_connection_error(error):
        return QCoreApplication.translate(
            "StatusLine", "The database is unreachable; nothing was saved. Try again when it is back."
        )
    return QCoreApplication.translate("StatusLine", "Something went wrong: {0}").format(
        errors.error_text(error)
    )


class StatusLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain(self)  # a refusal may quote a name
        self.setWordWrap(True)
        self.setProperty("muted", True)
        self.kind = ""

    def cases_text(self, count: int) -> str:
        """How many open cases a saved change gave a new due time."""
        return self.tr("%Ln open case(s) got a new due time.", "", count)

    def show_ok(self, text: str) -> None:
        self._show(text, "met", "ok")

    def show_error(self, text: str) -> None:
        self._show(text, "breached", "error")

    def show_note(self, text: str) -> None:
        self._show(text, "muted", "note")

    def clear_message(self) -> None:
        self.kind = ""
        self.clear()

    def _show(self, text: str, tone: str, kind: str) -> None:
        self.kind = kind
        set_tone(self, tone)
        self.setStyleSheet("font-weight: 600;")
        self.setText(text)
