"""A start-up probe for the packaging test and the start-up benchmark: with
``SUPPORT_CONSOLE_EXIT_AFTER_PAINT=1`` in the environment the application prints
one line when its first window has been painted and then quits, as a person
closing it would. A window that paints is a window that works: Qt's platform
plugin, the styles, the fonts and the widgets all had to load for it.

The line reads ``first paint: <window class> after <seconds> s`` (seconds since
the probe was installed, just after the QApplication was made); a script that
wants the time from the process's start measures it outside."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV_EXIT_AFTER_PAINT = "SUPPORT_CONSOLE_EXIT_AFTER_PAINT"
FIRST_PAINT_PREFIX = "first paint: "


class FirstPaintExit(QObject):
    """Watches every paint event of the application until the first one of a
    visible window; then reports it and ends the event loops (a dialog's
    ``exec()`` as well as the application's)."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._started = time.perf_counter()
        self._done = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            window = watched.window()
            if window.isVisible():
                self._done = True
                elapsed = time.perf_counter() - self._started
                if sys.stdout is not None:  # None in a windowed Windows build
                    print(f"{FIRST_PAINT_PREFIX}{type(window).__name__} after {elapsed:.3f} s", flush=True)
                # After the rest of this repaint, so that the whole window is on screen.
                QTimer.singleShot(0, self._quit)
        return False

    def _quit(self) -> None:
        self._app.removeEventFilter(self)
        QCoreApplication.exit(0)  # every running event loop of this thread returns


def watch_first_paint(
    app: QCoreApplication, environ: Mapping[str, str] | None = None
) -> FirstPaintExit | None:
    """Install the probe when the environment asks for it."""
    env = os.environ if environ is None else environ
    if env.get(ENV_EXIT_AFTER_PAINT, "") not in ("1", "true", "yes"):
        return None
    return FirstPaintExit(app)
