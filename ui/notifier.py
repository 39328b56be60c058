"""Desktop notifications: the system tray's message when there is a tray, otherwise
a toast in the corner of the window. Agents can mute them for a while."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QSystemTrayIcon, QWidget

from console.services.alerts import Alert


class Notifier(QObject):
    muted_changed = Signal(bool)
    clicked = Signal(int)  # case number of the last alert

    def __init__(self, window: QWidget, icon: QIcon) -> None:
        super().__init__(window)
        self.window = window
        self.muted_until: datetime | None = None
        self.shown: list[Alert] = []
        self._last_case: int | None = None
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("Support Console")
            self.tray.messageClicked.connect(self._message_clicked)
            self.tray.show()
        self.toast = QLabel(window)
        self.toast.setProperty("banner", True)
        self.toast.setWordWrap(True)
        self.toast.setMargin(12)
        self.toast.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.toast.setStyleSheet("border-radius: 8px;")
        self.toast.hide()
        self._toast_timer = QTimer(self)
        self._toast_timer.setSingleShot(True)
        self._toast_timer.timeout.connect(self.toast.hide)

    @property
    def muted(self) -> bool:
        return self.muted_until is not None and datetime.now(UTC) < self.muted_until

    def mute(self, minutes: int = 30) -> None:
        self.muted_until = datetime.now(UTC) + timedelta(minutes=minutes)
        self.muted_changed.emit(True)

    def unmute(self) -> None:
        self.muted_until = None
        self.muted_changed.emit(False)

    def notify(self, alert: Alert) -> bool:
        """Show ``alert`` unless muted; whether it was shown."""
        if self.muted:
            return False
        self.shown.append(alert)
        self._last_case = alert.case_number
        if self.tray is not None and self.tray.supportsMessages():
            self.tray.showMessage(alert.title, alert.text, QSystemTrayIcon.MessageIcon.Warning, 8000)
        self._show_toast(f"<b>{alert.title}</b><br>{alert.text}")
        return True

    def _show_toast(self, html: str) -> None:
        self.toast.setText(html)
        self.toast.setFixedWidth(360)
        self.toast.adjustSize()
        margin = 16
        self.toast.move(
            self.window.width() - self.toast.width() - margin, self.window.height() - self.toast.height() - 48
        )
        self.toast.raise_()
        self.toast.show()
        self._toast_timer.start(8000)

    def _message_clicked(self) -> None:
        if self._last_case is not None:
            self.clicked.emit(self._last_case)
