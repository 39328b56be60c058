"""The people in the administration window's "Users & roles" tab, on each backend:
logins in the table, the password column only on PostgreSQL (a note on SQLite),
adding a person through the dialog whose login follows the name, who sees the
people actions, and refusals as one sentence."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.domain.cases import Role
from console.services.usecases.people import OneTimePassword
from tests.support.admin_world import WEDNESDAY_9, World, show_tab, wait_status
from ui.errors import as_sentence
from ui.settings.admin_window import AdminWindow
from ui.settings.one_time_password_dialog import OneTimePasswordDialog
from ui.settings.person_dialog import PersonDialog, PersonForm
from ui.settings.user_model import LOGIN, PASSWORD
from ui.settings.users_tab import UsersTab
from ui.widgets.time_text import set_local_zone


def names_and_logins(tab: UsersTab) -> list[tuple[str, str]]:
    model = tab.model
    return [(model.index(r, 0).data(), model.index(r, LOGIN).data()) for r in range(model.rowCount())]


def test_the_table_shows_logins_and_says_where_passwords_are(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World, backend: str, qtmodeltester: Any
) -> None:
    win = open_window("Ada Admin")
    tab = show_tab(qtbot, win, "users")
    qtmodeltester.check(tab.model)
    assert names_and_logins(tab) == [
        ("Ada Admin", "ada.admin"),
        ("Ben Agent", "ben.agent"),
        ("Lea Lead", "lea.lead"),
        ("Tom Tam", "tom.tam"),
    ]
    assert not tab.model.flags(tab.model.index(0, LOGIN)) & Qt.ItemFlag.ItemIsEditable
    postgres = backend == "postgresql"
    assert tab.table.isColumnHidden(PASSWORD) is not postgres
    assert tab.local_note.isVisible() is not postgres
    assert tab.local_note.text() == "A local database has no passwords: whoever can open the file can use it."
    assert tab.add_person_button.isVisible()
    assert tab.give_password_button.isVisible() is postgres
    assert tab.model.index(0, PASSWORD).data() == "No password yet"


def test_the_login_follows_the_name_until_edited_and_is_checked_as_typed(qtbot: QtBot) -> None:
    dialog = PersonDialog(
        names=["Ben Agent"], logins=["ben.agent", "aisha.rahman"], teams=["Night shift", "Day shift"]
    )
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled()
    assert not dialog.problem_label.isVisible()  # an empty form is no mistake yet
    dialog.name_edit.setText("Aïsha Rahman")
    assert dialog.login_edit.text() == "aisha.rahman2"  # accents dropped, the taken one skipped
    assert dialog.add_button.isEnabled()

    dialog.show()
    dialog.login_edit.clear()
    qtbot.keyClicks(dialog.login_edit, "Aisha")
    assert dialog.problem_label.isVisible()
    assert dialog.problem_label.text() == (
        "'Aisha' is not a login: use lower-case letters, digits, '.', '-' or '_', starting with a letter."
    )
    assert not dialog.add_button.isEnabled()
    dialog.login_edit.clear()
    qtbot.keyClicks(dialog.login_edit, "ben.agent")
    assert dialog.problem_label.text() == "The login ben.agent is taken."
    dialog.login_edit.clear()
    qtbot.keyClicks(dialog.login_edit, "aisha")
    assert dialog.problem() is None
    dialog.name_edit.setText("Aisha R.")  # edited by hand: the login stays
    assert dialog.login_edit.text() == "aisha"
    dialog.login_edit.clear()
    qtbot.keyClicks(dialog.login_edit, "x")
    qtbot.keyClick(dialog.login_edit, "\b")  # emptied by hand: follows the name again
    assert dialog.login_edit.text() == "aisha.r"

    dialog.name_edit.setText("ben agent")
    assert dialog.problem_label.text() == "ben agent is already a person here."
    dialog.name_edit.setText("Aisha Rahman")
    dialog.languages_edit.setText(" , ")
    assert dialog.problem_label.text() == "Name at least one language, e.g. en."
    dialog.languages_edit.setText("EN, de")
    dialog.email_edit.setText("aisha at example")
    assert dialog.problem_label.text() == "aisha at example is not an email address."
    dialog.email_edit.setText("aisha@example.com")
    dialog.role_box.setCurrentIndex(dialog.role_box.findData("lead"))
    dialog.team_box.setCurrentText("Night shift")
    assert dialog.add_button.isEnabled() and not dialog.problem_label.isVisible()
    assert dialog.form() == PersonForm(
        "Aisha Rahman", "aisha.rahman2", Role.LEAD, "Night shift", ["en", "de"], "aisha@example.com"
    )
    assert [dialog.team_box.itemText(i) for i in range(dialog.team_box.count())] == [
        "",
        "Day shift",
        "Night shift",
    ]


def test_an_admin_adds_a_person_and_a_refusal_is_one_sentence(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World, backend: str
) -> None:
    win = open_window("Ada Admin")
    tab = show_tab(qtbot, win, "users")
    dialog = tab.person_dialog()
    dialog.name_edit.setText("Cleo Night")
    dialog.team_box.setCurrentText("Night shift")
    form = dialog.form()
    dialog.close()
    tab.add_person(form)
    wait_status(qtbot, tab, "Added Cleo Night (Agent), who signs in as cleo.night.")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5, timeout=10_000)
    assert ("Cleo Night", "cleo.night") in names_and_logins(tab)
    cleo = world.other.accounts.user("Cleo Night")
    assert (cleo.login, cleo.team, cleo.languages) == ("cleo.night", "Night shift", ("en",))
    if backend == "sqlite":
        assert tab.password_dialog is None  # no passwords on a local file
    else:
        qtbot.waitUntil(lambda: tab.password_dialog is not None, timeout=10_000)
        assert tab.password_dialog is not None
        tab.password_dialog.close()

    # A form the dialog would not offer (the name is taken): the core refuses, in one sentence.
    tab.add_person(PersonForm("Ben Agent", "ben2", Role.AGENT, None, ["en"], None))
    wait_status(qtbot, tab, "A user named 'Ben Agent' already exists.")
    assert tab.status.kind == "error"


def test_the_people_actions_are_for_admins_only(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World
) -> None:
    win = open_window("Lea Lead")
    tab = show_tab(qtbot, win, "users")
    assert tab.read_only
    assert not tab.add_box.isVisible()
    assert not tab.add_person_button.isVisibleTo(win)
    assert not tab.save_button.isVisible()
    assert not tab.hint.isVisible()  # nothing to double-click for them
    tab.add_person(PersonForm("Sneaky Lead", "sneaky", Role.ADMIN, None, ["en"], None))
    tab.give_password_to_selected()
    assert [user.name for user in world.other.accounts.users()].count("Sneaky Lead") == 0
    # Even a tab built outside the window knows the permission table.
    own = UsersTab(world.session("Lea Lead"))
    qtbot.addWidget(own)
    assert own.read_only and not own.model.editable


@pytest.fixture
def berlin() -> Iterator[None]:
    set_local_zone(ZoneInfo("Europe/Berlin"))
    yield
    set_local_zone(None)


def test_the_one_time_password_is_shown_once_and_copied(qtbot: QtBot, berlin: None) -> None:
    issued = OneTimePassword("aisha.rahman", "k7mq-x2pf-9hrt", WEDNESDAY_9 + timedelta(days=3))
    dialog = OneTimePasswordDialog("Aisha Rahman", issued)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.login_label.text() == "aisha.rahman"
    assert dialog.password_edit.text() == "k7mq-x2pf-9hrt"
    assert dialog.password_edit.isReadOnly()
    assert QFontInfo(dialog.password_edit.font()).fixedPitch()
    assert dialog.password_edit.font().pointSizeF() > QApplication.font().pointSizeF()
    assert dialog.until_label.text() == "Sat 28 Nov 09:00 CET"
    assert dialog.advice.text() == (
        "Give this to Aisha Rahman in person or by phone; they choose their own password at first "
        "sign-in. It is not shown again."
    )
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == "k7mq-x2pf-9hrt"
    assert dialog.copy_button.text() == "Copied"
    dialog.close()
    assert dialog.password_edit.text() == ""
    QApplication.clipboard().clear()


def test_sentence() -> None:
    assert as_sentence("a login cannot be empty") == "A login cannot be empty."
    assert as_sentence("Done.") == "Done."
    assert as_sentence("") == ""


def test_the_add_person_button_opens_the_dialog_and_adds_on_accept(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World, backend: str
) -> None:
    win = open_window("Ada Admin")
    tab = show_tab(qtbot, win, "users")
    filled: list[PersonDialog] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PersonDialog)
        filled.append(dialog)
        qtbot.keyClicks(dialog.name_edit, "Dana Day")
        dialog.add_button.click()

    QTimer.singleShot(0, tab, fill)
    tab.add_person_button.click()
    assert filled
    wait_status(qtbot, tab, "Added Dana Day (Agent), who signs in as dana.day.")
    if backend == "postgresql":
        qtbot.waitUntil(lambda: tab.password_dialog is not None, timeout=10_000)
        assert tab.password_dialog is not None
        assert tab.password_dialog.isVisible()
        tab.password_dialog.close()
