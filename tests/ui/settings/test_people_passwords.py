"""One-time passwords in the "Users & roles" tab, on a PostgreSQL database whose
roles are bound (its people are login roles): the password column's states, a
new person's password shown once, giving a new one after a confirmation, an
expired one in the alarm colour, and a deactivated person's sessions ended."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from console.services.bundle import ConsoleServices
from console.services.infrastructure.connections import person_url
from console.services.infrastructure.database import Database
from console.storage.access import bind_access, drop_roles
from console.storage.engine import create_engine_for
from tests.support.admin_world import World, show_tab, wait_status
from tests.support.postgres import drop_postgres_database, new_postgres_database, pg_admin_url
from ui.settings.admin_window import AdminWindow
from ui.settings.user_model import ACTIVE, PASSWORD
from ui.settings.users_tab import UsersTab
from ui.theme import current_theme

pytestmark = pytest.mark.postgres


@pytest.fixture
def backend() -> str:
    return "postgresql"


@pytest.fixture
def database_url(postgres_template: str) -> Iterator[URL]:
    """A copy of the template with this database's own roles (dropped after it)."""
    url = new_postgres_database(postgres_template)
    try:
        engine = create_engine_for(url)
        with engine.begin() as connection:
            bind_access(connection)
        engine.dispose()
        yield url
    finally:
        drop_postgres_database(url)
        admin = create_engine_for(pg_admin_url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            drop_roles(connection, str(url.database))
        admin.dispose()


def row_of(tab: UsersTab, name: str) -> int:
    return next(r for r in range(tab.model.rowCount()) if tab.model.index(r, 0).data() == name)


def password_cell(tab: UsersTab, name: str, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return tab.model.index(row_of(tab, name), PASSWORD).data(role)


def test_a_new_person_gets_a_one_time_password_shown_once(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    win = open_window("Ada Admin")
    tab = show_tab(qtbot, win, "users")
    assert password_cell(tab, "Ben Agent") == "No password yet"
    dialog = tab.person_dialog()
    dialog.name_edit.setText("Aisha Rahman")
    form = dialog.form()
    dialog.close()
    tab.add_person(form)
    qtbot.waitUntil(lambda: tab.password_dialog is not None, timeout=10_000)
    shown = tab.password_dialog
    assert shown is not None
    assert shown.windowTitle() == "One-time password for Aisha Rahman"
    assert shown.login_label.text() == "aisha.rahman"
    password = shown.password_edit.text()
    assert len(password) == 14 and password.count("-") == 2
    assert "Give this to Aisha Rahman in person or by phone" in shown.advice.text()
    wait_status(qtbot, tab, "Added Aisha Rahman (Agent), who signs in as aisha.rahman.")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5, timeout=10_000)
    assert password_cell(tab, "Aisha Rahman").startswith("One-time, until Sat 28 Nov")
    assert not password_cell(tab, "Aisha Rahman").endswith("(expired)")
    assert password not in caplog.text
    shown.close()
    qtbot.waitUntil(lambda: tab.password_dialog is None, timeout=5_000)

    # Their own password: "Set by them" (the test server trusts every connection).
    own = ConsoleServices(Database(create_engine_for(person_url(world.url, "aisha.rahman"))), world.clock)
    try:
        own.people.set_own_password("a long secret of theirs")
    finally:
        own.close()
    tab.reload()
    qtbot.waitUntil(lambda: password_cell(tab, "Aisha Rahman") == "Set by them", timeout=10_000)


def test_giving_a_new_one_time_password_asks_first_and_an_expired_one_is_red(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World
) -> None:
    world.other.people.issue_one_time_password("Ben Agent")
    world.clock.now += timedelta(days=4)  # the three days are over
    win = open_window("Ada Admin")
    tab = show_tab(qtbot, win, "users")
    assert password_cell(tab, "Ben Agent").endswith("(expired)")
    assert password_cell(tab, "Ben Agent", Qt.ItemDataRole.ForegroundRole) == QColor(current_theme().breached)
    assert "ran out" in password_cell(tab, "Ben Agent", Qt.ItemDataRole.ToolTipRole)

    assert not tab.give_password_button.isEnabled()  # nobody selected
    tab.table.selectRow(row_of(tab, "Ben Agent"))
    assert tab.give_password_button.isEnabled()
    questions: list[str] = []

    def answer(title: str, question: str) -> bool:
        questions.append(question)
        return len(questions) > 1  # "no" the first time

    tab.confirm = answer
    tab.give_password_to_selected()
    assert tab.password_dialog is None
    tab.give_password_to_selected()
    assert (
        questions[-1] == "Give Ben Agent a new one-time password? Ben Agent's current password stops working."
    )
    qtbot.waitUntil(lambda: tab.password_dialog is not None, timeout=10_000)
    assert tab.password_dialog is not None
    assert tab.password_dialog.login_label.text() == "ben.agent"
    wait_status(qtbot, tab, "Ben Agent has a new one-time password.")
    qtbot.waitUntil(lambda: not password_cell(tab, "Ben Agent").endswith("(expired)"), timeout=10_000)
    assert password_cell(tab, "Ben Agent", Qt.ItemDataRole.ForegroundRole) != QColor(current_theme().breached)
    tab.password_dialog.close()


def test_deactivating_says_their_sessions_ended_and_refusals_are_sentences(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World
) -> None:
    win = open_window("Ada Admin")
    tab = show_tab(qtbot, win, "users")
    model = tab.model
    ben = row_of(tab, "Ben Agent")
    model.setData(model.index(ben, ACTIVE), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    tab.save()
    wait_status(
        qtbot, tab, "Saved: Ben Agent. Ben Agent can no longer sign in; their open sessions were ended."
    )
    assert not world.other.accounts.user("Ben Agent").active
    qtbot.waitUntil(
        lambda: (
            model.index(row_of(tab, "Ben Agent"), ACTIVE).data(Qt.ItemDataRole.CheckStateRole)
            != Qt.CheckState.Checked
        ),
        timeout=10_000,
    )
    tab.table.selectRow(row_of(tab, "Ben Agent"))
    assert not tab.give_password_button.isEnabled()
    assert tab.give_password_button.toolTip() == "Ben Agent is deactivated: activate them first."
    # Going round the button: the core refuses, in one sentence.
    tab.give_password(world.other.accounts.user("Ben Agent"))
    wait_status(qtbot, tab, "Ben Agent is deactivated: activate them first.")
    assert tab.status.kind == "error"
    assert tab.password_dialog is None
