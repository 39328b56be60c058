"""The agent console as a whole, with two consoles sharing one database on each
backend: live updates from the other console, claim-next, the reconnect path,
shortcuts, help, theme and mute."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError

from console.services.bundle import ConsoleServices
from console.services.infrastructure import feed as feed_module
from console.services.infrastructure.database import Database
from console.storage.engine import create_engine_for
from ui.main_window import MainWindow
from ui.session import ConsoleSession


@pytest.fixture
def other(database_url: URL) -> Iterator[ConsoleServices]:
    """The colleague's console: its own engine on the same database."""
    services = ConsoleServices(Database(create_engine_for(database_url)))
    services.accounts.add_user("Anna Agent", "agent", languages=["en", "de"])
    services.accounts.add_user("Ben Agent", "agent")
    services.accounts.add_user("Lea Lead", "lead")
    services.accounts.add_account("Globex", "standard")
    services.accounts.add_account("Initech", "premier")
    yield services
    services.close()


@pytest.fixture
def window(qtbot: QtBot, database_url: URL, other: ConsoleServices, tmp_path: Path) -> Iterator[MainWindow]:
    services = ConsoleServices(Database(create_engine_for(database_url)))
    session = ConsoleSession(services, services.accounts.user("Anna Agent"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(session, settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.start()
    qtbot.waitUntil(lambda: win.snapshot is not None, timeout=10_000)
    yield win
    win.close()


def queue_numbers(win: MainWindow) -> list[int]:
    model = win.queue_view.model
    return [model.case_at(row).number for row in range(model.rowCount())]


def test_changes_from_another_console_appear_live_keeping_the_selection(
    qtbot: QtBot, window: MainWindow, other: ConsoleServices
) -> None:
    first = other.cases.open_case("Globex", 3, "First")
    qtbot.waitUntil(lambda: first.number in queue_numbers(window), timeout=5000)
    window.open_case(first.number)
    assert window.queue_view.selected_case() == first.number
    window.case_view.reply_edit.setPlainText("half-written")
    urgent = other.cases.open_case("Initech", 1, "Outage")
    qtbot.waitUntil(lambda: queue_numbers(window)[:1] == [urgent.number], timeout=5000)
    assert window.queue_view.selected_case() == first.number
    assert window.case_view.reply_edit.toPlainText() == "half-written"
    other.cases.change_status(first.number, "solved")
    qtbot.waitUntil(lambda: first.number not in queue_numbers(window), timeout=5000)


def test_updated_is_local_time(
    qtbot: QtBot, window: MainWindow, other: ConsoleServices, new_york: ZoneInfo
) -> None:
    before = datetime.now(new_york)
    other.cases.open_case("Globex", 3, "First")
    qtbot.waitUntil(lambda: "updated" in window.status_live.text(), timeout=5000)
    after = datetime.now(new_york)
    shown = window.status_live.text().removeprefix("Live · updated ")
    assert f"{before:%H:%M:%S}" <= shown <= f"{after:%H:%M:%S}" or before.hour != after.hour


def test_claim_next_takes_the_top_case(qtbot: QtBot, window: MainWindow, other: ConsoleServices) -> None:
    low = other.cases.open_case("Globex", 4, "Low")
    top = other.cases.open_case("Initech", 2, "Top")
    qtbot.waitUntil(lambda: len(queue_numbers(window)) == 2, timeout=5000)
    other.cases.claim_next("Ben Agent")  # a colleague takes the top case a moment earlier
    window.claim_action.trigger()
    qtbot.waitUntil(lambda: window.case_view.number == low.number, timeout=5000)
    assert other.cases.summary(low.number).assignee_name == "Anna Agent"
    assert other.cases.summary(top.number).assignee_name == "Ben Agent"
    window.claim_action.trigger()
    qtbot.waitUntil(lambda: "Nothing to claim" in window.statusBar().currentMessage(), timeout=5000)


def test_lost_connection_shows_a_banner_and_recovers(
    qtbot: QtBot, window: MainWindow, other: ConsoleServices, monkeypatch: pytest.MonkeyPatch, backend: str
) -> None:
    if backend == "postgresql":
        with other.db.engine.connect() as connection:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND application_name = 'support-console feed'"
                )
            )
            connection.commit()
    else:
        real = feed_module.read_changes
        failures = {"left": 4}

        def flaky(engine: object, after_id: int, limit: int = 2000) -> list[feed_module.Change]:
            if failures["left"] > 0:
                failures["left"] -= 1
                raise OperationalError("SELECT", {}, Exception("disk I/O error"))
            return real(engine, after_id, limit)  # type: ignore[arg-type]

        monkeypatch.setattr(feed_module, "read_changes", flaky)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10_000)
    assert "reconnecting" in window.banner.label.text()
    window.case_view.reply_edit.setPlainText("kept while offline")
    window.tick()  # countdowns keep ticking from memory
    case = other.cases.open_case("Globex", 2, "During the outage")
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=15_000)
    qtbot.waitUntil(lambda: case.number in queue_numbers(window), timeout=10_000)
    assert window.case_view.reply_edit.toPlainText() == "kept while offline"


def test_shortcuts_help_theme_and_mute(qtbot: QtBot, window: MainWindow) -> None:
    keys = {keys for keys, _ in window.shortcuts}
    for expected in ("Ctrl+N", "F5", "Ctrl+M", "F1 / ?", "Ctrl+F"):
        assert expected in keys
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.help.isVisible()
    qtbot.keyClick(window.help, Qt.Key.Key_Escape)
    assert not window.help.isVisible()
    window.mute_action.trigger()
    assert window.notifier.muted
    window.mute_action.trigger()
    assert not window.notifier.muted
    window.theme_action.trigger()
    assert window.settings.value("ui/theme") == "dark"
    window.theme_action.trigger()
    assert window.settings.value("ui/theme") == "light"
