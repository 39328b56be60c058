"""Sign-in on a local SQLite file: no passwords; the first time it asks who you
are on this workstation and remembers it, afterwards it signs you in at once; the
demo-only switch acts as someone else without changing who you are unless asked;
a window for some roles only refuses anyone else in one sentence."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from console.services.bundle import ConsoleServices
from console.services.infrastructure.connections import ProfileStore
from console.services.infrastructure.database import Database
from console.storage.engine import create_engine_for
from ui.sign_in_dialog import SignInDialog


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()


def _team_file(sqlite_template: Path, tmp_path: Path) -> str:
    """A migrated database with an agent, a lead and an admin."""
    path = tmp_path / "team.sqlite3"
    shutil.copyfile(sqlite_template, path)
    services = ConsoleServices(Database(create_engine_for(str(path))))
    services.accounts.add_user("Anna Agent", "agent")
    services.accounts.add_user("Lea Lead", "lead")
    services.accounts.add_user("Ada Admin", "admin")
    services.close()
    return str(path)


def _opened(qtbot: QtBot, dialog: SignInDialog) -> None:
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog._connected is not None, timeout=60_000)


def _pick(dialog: SignInDialog, name: str) -> None:
    people = dialog.local_panel.people
    row = next(i for i in range(people.count()) if people.item(i).text().startswith(name))
    people.setCurrentRow(row)


def _signed_in_as(dialog: SignInDialog) -> str:
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.result_user is not None and dialog.result_services is not None
    dialog.result_services.close()
    return dialog.result_user.name


def test_fresh_machine_asks_once_then_signs_in_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SignInDialog(ProfileStore(tmp_path))
    _opened(qtbot, dialog)
    panel = dialog.local_panel
    assert "Demo data was created" in dialog.status.text()
    assert not panel.question.isHidden() and panel.question.text() == "Who are you on this workstation?"
    assert not panel.people.isHidden() and panel.people.count() > 3
    assert panel.act_as.isHidden() and panel.you_are.isHidden()
    assert "whoever can open the file can change it" in panel.note.text()
    assert not dialog.sign_in_button.isEnabled()  # no one is chosen for you
    first = panel.people.item(0).text().split(" · ")[0]
    panel.people.setCurrentRow(0)
    dialog.sign_in_button.click()
    assert _signed_in_as(dialog) == first

    again = SignInDialog(ProfileStore(tmp_path))
    _opened(qtbot, again)
    assert "Demo data" not in again.status.text()
    assert again.local_panel.people.isHidden() and again.local_panel.question.isHidden()
    assert again.local_panel.you_are.text().startswith(f"You are {first} (")
    assert not again.local_panel.act_as.isHidden()
    assert again.sign_in_button.isEnabled()
    again.sign_in_button.click()
    assert _signed_in_as(again) == first


def test_acting_as_someone_else_keeps_the_binding_unless_remembered(
    qtbot: QtBot, tmp_path: Path, sqlite_template: Path
) -> None:
    url = _team_file(sqlite_template, tmp_path)
    first = SignInDialog(fixed_url=url)
    _opened(qtbot, first)
    _pick(first, "Anna Agent")
    first.sign_in_button.click()
    assert _signed_in_as(first) == "Anna Agent"

    demo = SignInDialog(fixed_url=url)
    _opened(qtbot, demo)
    demo.local_panel.act_as.setChecked(True)
    assert not demo.local_panel.people.isHidden() and not demo.local_panel.remember.isHidden()
    assert not demo.local_panel.remember.isChecked()
    assert not demo.sign_in_button.isEnabled()
    _pick(demo, "Lea Lead")
    demo.sign_in_button.click()
    assert _signed_in_as(demo) == "Lea Lead"

    still = SignInDialog(fixed_url=url)
    _opened(qtbot, still)
    assert still.local_panel.you_are.text() == "You are Anna Agent (agent)"
    still.local_panel.act_as.setChecked(True)
    _pick(still, "Ada Admin")
    still.local_panel.remember.setChecked(True)
    still.sign_in_button.click()
    assert _signed_in_as(still) == "Ada Admin"

    now = SignInDialog(fixed_url=url)
    _opened(qtbot, now)
    assert now.local_panel.you_are.text() == "You are Ada Admin (admin)"
    now.reject()


def test_a_deactivated_binding_asks_again(qtbot: QtBot, tmp_path: Path, sqlite_template: Path) -> None:
    url = _team_file(sqlite_template, tmp_path)
    first = SignInDialog(fixed_url=url)
    _opened(qtbot, first)
    _pick(first, "Lea Lead")
    first.sign_in_button.click()
    assert _signed_in_as(first) == "Lea Lead"
    services = ConsoleServices(Database(create_engine_for(url)))
    services.accounts.add_user("Someone New", "agent")
    with services.db.write() as session:
        session.execute(text("UPDATE users SET active = false WHERE name = 'Lea Lead'"))
    services.close()
    again = SignInDialog(fixed_url=url)
    _opened(qtbot, again)
    assert not again.local_panel.people.isHidden()
    assert again.local_panel.question.text() == "Who are you on this workstation?"
    again.reject()


def test_wallboard_refuses_the_bound_agent_in_one_sentence(
    qtbot: QtBot, tmp_path: Path, sqlite_template: Path
) -> None:
    """`support-console wallboard` on an agent's workstation: the dialog says why
    and stays open; acting as a lead (demo) opens it."""
    from ui.app import build_parser, sign_in_dialog_for

    url = _team_file(sqlite_template, tmp_path)
    first = SignInDialog(fixed_url=url)
    _opened(qtbot, first)
    _pick(first, "Anna Agent")
    first.sign_in_button.click()
    assert _signed_in_as(first) == "Anna Agent"

    dialog = sign_in_dialog_for(build_parser().parse_args(["--view", "wallboard"]), url)
    _opened(qtbot, dialog)
    dialog.show()
    dialog.sign_in_button.click()
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.result_user is None
    status = dialog.status.text()
    assert status.startswith("Anna Agent has the agent role") and "wallboard" in status
    assert status.count(".") == 1
    dialog.local_panel.act_as.setChecked(True)
    _pick(dialog, "Lea Lead")
    dialog.sign_in_button.click()
    assert _signed_in_as(dialog) == "Lea Lead"


def test_cockpit_lets_a_tam_in_and_keeps_an_agent_out(
    qtbot: QtBot, tmp_path: Path, sqlite_template: Path
) -> None:
    from ui.app import build_parser, sign_in_dialog_for

    url = _team_file(sqlite_template, tmp_path)
    services = ConsoleServices(Database(create_engine_for(url)))
    services.accounts.add_user("Tia Tam", "tam")
    services.close()
    dialog = sign_in_dialog_for(build_parser().parse_args(["--view", "cockpit"]), url)
    _opened(qtbot, dialog)
    _pick(dialog, "Anna Agent")
    dialog.sign_in_button.click()
    assert dialog.result_user is None and "Anna Agent" in dialog.status.text()
    _pick(dialog, "Tia Tam")
    dialog.sign_in_button.click()
    assert _signed_in_as(dialog) == "Tia Tam"
