"""The administration window's fixtures: ``world`` (people, accounts, a case and
a weekly exam session, over each backend) and ``open_window`` (an admin window for
a person, closed at the end)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from console.services.infrastructure.connections import ProfileStore
from tests.support.admin_world import SAT_10, SAT_12, World
from ui.settings.admin_window import AdminWindow


@pytest.fixture
def world(database_url: URL, tmp_path: Path) -> Iterator[World]:
    w = World(database_url, tmp_path)
    svc = w.other
    for name, role in (
        ("Ada Admin", "admin"),
        ("Lea Lead", "lead"),
        ("Tom Tam", "tam"),
        ("Ben Agent", "agent"),
    ):
        svc.accounts.add_user(name, role)
    svc.accounts.add_account("Globex", "standard")
    svc.accounts.add_account("Initech", "premier", tam="Tom Tam")
    svc.accounts.add_account("Exam Board", "proctored")
    svc.cases.open_case("Globex", 3, "Slow reports")  # due Thu 09:00 Berlin
    svc.exams.add_exam("Exam Board", SAT_10, SAT_12, rrule="FREQ=WEEKLY;BYDAY=SA", title="Finals")
    yield w
    for console in w.sessions:
        console.close()
    svc.close()


@pytest.fixture
def open_window(qtbot: QtBot, world: World) -> Iterator[Callable[[str], AdminWindow]]:
    windows: list[AdminWindow] = []

    def make(user: str) -> AdminWindow:
        session = world.session(user)
        settings = QSettings(str(world.tmp_path / f"{user}.ini"), QSettings.Format.IniFormat)
        win = AdminWindow(session, settings, ProfileStore(world.tmp_path / "profiles"))
        qtbot.addWidget(win)
        win.resize(1280, 760)
        win.show()
        win.start()
        qtbot.waitUntil(lambda: not win.targets_tab.stale, timeout=10_000)
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.close()
