"""Desktop notifications: the system tray's message when there is a tray, otherwise
a toast in the corner of the window. Agents can mute them for a while.

An urgent notification (a TAM's Severity 1 on-call, :meth:`Notifier.notify_urgent`)
is never muted: it shows the tray message with the critical icon even while the
window is minimised, keeps its toast until it is clicked or dismissed, and asks the
desktop to flash the window's taskbar entry (``QApplication.alert``) until the
window is activated. Clicking either opens the case (:attr:`Notifier.clicked`)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon, QWidget

from console.services.readmodels.alerts import Alert
from ui.theme import set_alarm
from ui.widgets.plain_text import escaped
from ui.wording import alert_text, alert_title

URGENT_TRAY_MS = 60_000  # the tray keeps an urgent message up this long (desktops may cap it)
TOAST_MS = 8000


def tray_text(text: str) -> str:
    """``text`` as the tray shows it literally. On Linux the message goes to a
    freedesktop notification server, which may read the body as markup (a
    subject ``<b>…</b>`` would turn bold, ``&`` would break it): there ``&``,
    ``<`` and ``>`` are escaped. Elsewhere the tray takes plain text as it is."""
    if sys.platform.startswith("linux"):
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text


class Notifier(QObject):
    muted_changed = Signal(bool)
    clicked = Signal(int)  # case number of the last alert

    def __init__(self, window: QWidget, icon: QIcon) -> None:
        super().__init__(window)
        self.window = window
        self.muted_until: datetime | None = None
        self.shown: list[Alert] = []
        self.urgent_shown: list[Alert] = []
        self._last_case: int | None = None
        self._toast_case: int | None = None  # the case a click on an urgent toast opens
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("Support Console")
            self.tray.messageClicked.connect(self._message_clicked)
            self.tray.show()
        self.toast = QLabel(window)
        # Rich text built here; the outside text in it (names, subjects) goes through escaped().
        self.toast.setTextFormat(Qt.TextFormat.RichText)
        self.toast.setProperty("banner", True)
        self.toast.setWordWrap(True)
        self.toast.setMargin(12)
        self.toast.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.toast.setStyleSheet("border-radius: 8px;")
        self.toast.installEventFilter(self)
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
            self.tray.showMessage(
                tray_text(alert_title(alert)),
                tray_text(alert_text(alert)),
                QSystemTrayIcon.MessageIcon.Warning,
                8000,
            )
        if self._toast_case is not None and self.toast.isVisible():
            return True  # an urgent toast stays until it is clicked; the tray has this one
        self._toast_case = None
        self.toast.setCursor(Qt.CursorShape.ArrowCursor)
        set_alarm(self.toast, False)
        self.toast.setStyleSheet("border-radius: 8px;")
        self._show_toast(f"<b>{escaped(alert_title(alert))}</b><br>{escaped(alert_text(alert))}")
        return True

    def notify_urgent(self, alert: Alert, hint: str = "") -> None:
        """Show ``alert`` whatever the mute and the window's state: tray message,
        a toast that stays until clicked, and the taskbar flashing."""
        self.urgent_shown.append(alert)
        self._last_case = alert.case_number
        if self.tray is not None and self.tray.supportsMessages():
            self.tray.showMessage(
                tray_text(alert_title(alert)),
                tray_text(alert_text(alert)),
                QSystemTrayIcon.MessageIcon.Critical,
                URGENT_TRAY_MS,
            )
        self._toast_case = alert.case_number
        self.toast.setCursor(Qt.CursorShape.PointingHandCursor)
        # The alarm colour of the theme; a plain banner would read like a hint.
        set_alarm(self.toast, True)
        self.toast.setStyleSheet("border-radius: 8px; font-size: 11pt;")
        footer = f"<br><span style='font-size:9pt'>{escaped(hint)}</span>" if hint else ""
        self._show_toast(
            f"<b>{escaped(alert_title(alert))}</b><br>{escaped(alert_text(alert))}{footer}", sticky=True
        )
        # 0: flash until the user activates the window (also when it is minimised).
        QApplication.alert(self.window, 0)

    def dismiss_toast(self) -> None:
        self._toast_timer.stop()
        self.toast.hide()
        self._toast_case = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.toast
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            case = self._toast_case
            self.dismiss_toast()
            if case is not None:
                self.clicked.emit(case)
            return True
        return super().eventFilter(watched, event)

    def _show_toast(self, html: str, sticky: bool = False) -> None:
        self.toast.setText(html)
        self.toast.setFixedWidth(360)
        self.toast.adjustSize()
        margin = 16
        self.toast.move(
            self.window.width() - self.toast.width() - margin, self.window.height() - self.toast.height() - 48
        )
        self.toast.raise_()
        self.toast.show()
        if sticky:
            self._toast_timer.stop()
        else:
            self._toast_timer.start(TOAST_MS)

    def _message_clicked(self) -> None:
        if self._last_case is not None:
            self.clicked.emit(self._last_case)
