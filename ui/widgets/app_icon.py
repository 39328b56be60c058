"""The application's icon, ``resources/icons/support-console.svg``: the window
icon of the console and the cockpit, and the icon of their desktop notifications."""

from __future__ import annotations

from PySide6.QtGui import QIcon

import resources

APP_ICON = "support-console"


def app_icon() -> QIcon:
    """The icon, drawn from its SVG at whatever size is asked for (call it once a
    QGuiApplication exists)."""
    return QIcon(str(resources.icon_path(APP_ICON)))
