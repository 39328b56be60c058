"""Catches GUI code that runs SQL on the GUI thread: a SQLAlchemy
``before_cursor_execute`` listener on every engine notes each statement run on
the main thread while a frame of the ``ui`` package is on the stack (a test's
own set-up calls the services directly and is not GUI code)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

import ui

UI_DIR = str(Path(ui.__file__).resolve().parent) + "/"


def _ui_frame() -> str | None:
    """Where in ``ui/`` the calling stack is, if anywhere."""
    frame = sys._getframe(2)
    while frame is not None:
        filename = frame.f_code.co_filename
        if filename.startswith(UI_DIR):
            return f"{filename[len(UI_DIR) :]}:{frame.f_lineno} in {frame.f_code.co_name}"
        frame = frame.f_back  # type: ignore[assignment]
    return None


class GuiThreadGuard:
    def __init__(self) -> None:
        self.offences: list[str] = []

    def install(self) -> None:
        event.listen(Engine, "before_cursor_execute", self._executing)

    def remove(self) -> None:
        event.remove(Engine, "before_cursor_execute", self._executing)

    def clear(self) -> None:
        self.offences.clear()

    def _executing(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        where = _ui_frame()
        if where is not None:
            self.offences.append(f"{where}: {statement.strip().splitlines()[0][:80]}")
