"""The application's icon, drawn in code: the window icon of the console and the
cockpit, and the icon of their desktop notifications."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap

ICON_COLOUR = "#2f6fde"  # the light theme's accent
ICON_SIZE = 64


def app_icon() -> QIcon:
    """A square of the accent colour (a QPixmap: call it once a QGuiApplication exists)."""
    pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
    pixmap.fill(QColor(ICON_COLOUR))
    return QIcon(pixmap)
