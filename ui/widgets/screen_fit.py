"""Where a top-level window may be: inside the available area of its screen
(``QScreen.availableGeometry``, the screen less panels and docks). Every window
opens with :func:`fit_to_screen` or :func:`restore_geometry` — the one home of
this rule — so a 1366×768 laptop never gets a 1600×1000 console with its right
side and status bar off-screen, and a geometry saved on a larger monitor comes
back clamped to the smaller one.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available_area(window: QWidget) -> QRect | None:
    """The available geometry of the window's screen (the primary one before it
    is shown); None without any screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return None if screen is None else screen.availableGeometry()


def fitted_size(preferred: QSize, area: QRect, minimum: QSize | None = None) -> QSize:
    """``preferred`` shrunk to ``area`` — never below ``minimum`` unless the area
    itself is smaller (a window larger than its screen helps nobody)."""
    width = min(preferred.width(), area.width())
    height = min(preferred.height(), area.height())
    if minimum is not None:
        width = min(max(width, minimum.width()), area.width())
        height = min(max(height, minimum.height()), area.height())
    return QSize(width, height)


def clamp_to_screen(window: QWidget) -> None:
    """Shrink and move ``window`` so its frame lies inside the available area."""
    area = available_area(window)
    if area is None or area.isEmpty():
        return
    frame = window.frameGeometry()
    # the window manager's frame (title bar, borders) around the client area
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    room = QSize(max(1, area.width() - extra.width()), max(1, area.height() - extra.height()))
    size = fitted_size(window.size(), QRect(area.topLeft(), room))
    if size != window.size():
        window.resize(size)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    if QPoint(x, y) != frame.topLeft():
        window.move(x, y)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Give ``window`` its preferred ``width`` × ``height``, or as much of the
    available screen as there is, centred on that screen."""
    area = available_area(window)
    if area is None or area.isEmpty():
        window.resize(width, height)
        return
    size = fitted_size(QSize(width, height), area)
    window.resize(size)
    centre = area.center()
    window.move(centre.x() - size.width() // 2, centre.y() - size.height() // 2)
    clamp_to_screen(window)


def restore_geometry(window: QWidget, saved: object, width: int, height: int) -> None:
    """Bring back a geometry kept with ``saveGeometry`` (clamped to the screen it
    lands on), or open at the preferred size when there is none or it is damaged."""
    if isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved)):
        clamp_to_screen(window)
        return
    fit_to_screen(window, width, height)
