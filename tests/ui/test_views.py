"""The main window offers each role its windows (ui.views), opens them once, and a
TAM's console starts with the cockpit open and on call."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from console.domain.cases import Role
from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.storage.engine import create_engine_for
from ui.main_window import MainWindow
from ui.session import ConsoleSession
from ui.views import VIEWS, View, views_for

SQLITE_ONLY = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)  # window wiring, not storage


@pytest.fixture
def people(database_url: URL) -> Iterator[None]:
    services = ConsoleServices(Database(create_engine_for(database_url)))
    services.accounts.add_user("Ada Admin", "admin")
    services.accounts.add_user("Lea Lead", "lead")
    services.accounts.add_user("Tom Tam", "tam")
    services.accounts.add_user("Anna Agent", "agent")
    services.accounts.add_account("Initech", "premier", tam="Tom Tam")
    services.close()
    yield


def open_window(qtbot: QtBot, database_url: URL, tmp_path: Path, name: str) -> MainWindow:
    services = ConsoleServices(Database(create_engine_for(database_url)))
    session = ConsoleSession(services, services.accounts.user(name))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    return window


def test_each_role_sees_its_windows() -> None:
    assert [s.view for s in views_for(Role.AGENT)] == []
    assert [s.view for s in views_for(Role.TAM)] == [View.COCKPIT]
    assert {s.view for s in views_for(Role.LEAD)} == {View.WALLBOARD, View.COCKPIT, View.REPORTS, View.ADMIN}
    assert {s.view for s in views_for(Role.ADMIN)} == set(VIEWS)


@SQLITE_ONLY
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Anna Agent", set()),
        ("Tom Tam", {View.COCKPIT}),
        ("Lea Lead", {View.WALLBOARD, View.COCKPIT, View.REPORTS, View.ADMIN}),
        ("Ada Admin", set(View)),
    ],
)
def test_the_toolbar_offers_the_roles_windows(
    qtbot: QtBot, database_url: URL, tmp_path: Path, people: None, name: str, expected: set[View]
) -> None:
    window = open_window(qtbot, database_url, tmp_path, name)
    assert set(window.view_actions) == expected
    window.close()


@SQLITE_ONLY
def test_a_tam_starts_with_the_cockpit_open_and_on_call(
    qtbot: QtBot, database_url: URL, tmp_path: Path, people: None
) -> None:
    window = open_window(qtbot, database_url, tmp_path, "Tom Tam")
    window.start()
    assert window.on_call is not None
    cockpit = window.views[View.COCKPIT]
    assert cockpit.isVisible()
    # Opening it again raises the same window instead of a second one.
    assert window.open_view(View.COCKPIT) is cockpit
    window.close()
    assert not cockpit.isVisible()


@SQLITE_ONLY
def test_opening_each_window_from_the_admin_console(
    qtbot: QtBot, database_url: URL, tmp_path: Path, people: None
) -> None:
    window = open_window(qtbot, database_url, tmp_path, "Ada Admin")
    window.start()
    for view in View:
        window.view_actions[view].trigger()
        assert window.views[view].isVisible()
    window.close()
    assert not any(w.isVisible() for w in window.views.values())
