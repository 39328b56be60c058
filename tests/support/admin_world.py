"""The administration window's world: a colleague's console on its own engine,
the shared clock, and the helpers that show a tab and wait for its status line.
The fixtures that build it are in ``tests/ui/settings/conftest.py``."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.storage.engine import create_engine_for
from tests.support.clock import SteppingClock
from ui.session import ConsoleSession
from ui.settings.admin_window import AdminWindow

WEDNESDAY_9 = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
# Saturday 2026-11-28 10:00-12:00 Berlin = 09:00-11:00 UTC.
SAT_10 = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
SAT_12 = datetime(2026, 11, 28, 11, 0, tzinfo=UTC)


class World:
    """A colleague's console (its own engine), the shared clock and the windows."""

    def __init__(self, url: URL, tmp_path: Path) -> None:
        self.url = url
        self.tmp_path = tmp_path
        self.clock = SteppingClock(WEDNESDAY_9)
        self.other = ConsoleServices(Database(create_engine_for(url)), self.clock)
        self.sessions: list[ConsoleSession] = []

    def session(self, user: str) -> ConsoleSession:
        services = ConsoleServices(Database(create_engine_for(self.url)), self.clock)
        session = ConsoleSession(services, services.accounts.user(user))
        self.sessions.append(session)
        return session


def show_tab(qtbot: QtBot, win: AdminWindow, name: str) -> Any:
    tab = win.by_name[name]
    win.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.stale and tab.busy == 0, timeout=10_000)
    return tab


def wait_status(qtbot: QtBot, tab: Any, text: str) -> None:
    qtbot.waitUntil(lambda: text in tab.status.text(), timeout=10_000)
