"""Sign-in: the local database opens by itself (with demo data on a fresh
machine), the user is picked, and a server profile's password goes to the
keyring."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from console.services.infrastructure.connections import ProfileStore
from tests.support.keyring import MemoryKeyring
from ui.sign_in_dialog import SignInDialog


def test_fresh_machine_opens_local_demo_and_signs_in(qtbot: QtBot, tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    dialog = SignInDialog(ProfileStore(tmp_path))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.user_box.count() > 0, timeout=60_000)
    assert "Demo data was created" in dialog.status.text()
    assert dialog.sign_in_button.isEnabled()
    dialog.sign_in_button.click()
    assert dialog.result_user is not None and dialog.result_user.role.value == "agent"
    assert dialog.result_services is not None
    assert len(dialog.result_services.accounts.accounts()) == 30
    dialog.result_services.close()


def test_server_profile_password_goes_to_the_keyring(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    store = ProfileStore(tmp_path)
    dialog = SignInDialog(store, fixed_url=None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.connect_button.isEnabled(), timeout=60_000)
    dialog.add_server.click()
    dialog.name_edit.setText("Team")
    dialog.host_edit.setText("127.0.0.1")
    dialog.port_edit.setValue(1)  # nothing listens there: the connection fails with a message
    dialog.database_edit.setText("support")
    dialog.user_edit.setText("agent7")
    dialog.password_edit.setText("s3cret")
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: "Could not connect" in dialog.status.text(), timeout=30_000)
    assert "s3cret" not in store.path.read_text()
    assert any(value == "s3cret" for value in memory_keyring.secrets.values())
    assert dialog.password_edit.text() == ""
    if dialog.result_services is not None:
        dialog.result_services.close()
    dialog.reject()


def _demo_copy(sqlite_template: Path, tmp_path: Path) -> str:
    """A migrated database with an agent, a lead and an admin."""
    import shutil

    from console.services.bundle import ConsoleServices
    from console.services.infrastructure.database import Database
    from console.storage.engine import create_engine_for

    path = tmp_path / "team.sqlite3"
    shutil.copyfile(sqlite_template, path)
    services = ConsoleServices(Database(create_engine_for(str(path))))
    services.accounts.add_user("Anna Agent", "agent")
    services.accounts.add_user("Lea Lead", "lead")
    services.accounts.add_user("Ada Admin", "admin")
    services.close()
    return str(path)


def test_wallboard_sign_in_keeps_the_dialog_open_for_another_choice(
    qtbot: QtBot, tmp_path: Path, sqlite_template: Path
) -> None:
    """`support-console wallboard` after an agent signed in last: the agent is not
    preselected, and choosing them says why in the dialog, which stays open."""
    from ui.app import build_parser, sign_in_dialog_for

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().setValue("sign_in/user", "Anna Agent")
    url = _demo_copy(sqlite_template, tmp_path)
    dialog = sign_in_dialog_for(build_parser().parse_args(["--view", "wallboard"]), url)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.user_box.count() == 3, timeout=30_000)
    assert dialog.user_box.currentText().startswith("Lea Lead")
    agent = dialog.user_box.findText("Anna Agent", Qt.MatchFlag.MatchStartsWith)
    dialog.user_box.setCurrentIndex(agent)
    dialog.sign_in_button.click()
    assert dialog.isVisible()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.result_user is None
    assert "wallboard" in dialog.status.text().lower() and "Anna Agent" in dialog.status.text()
    dialog.user_box.setCurrentIndex(dialog.user_box.findText("Ada Admin", Qt.MatchFlag.MatchStartsWith))
    dialog.sign_in_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.result_user is not None and dialog.result_user.name == "Ada Admin"
    assert dialog.result_services is not None
    dialog.result_services.close()


def test_cockpit_sign_in_lets_a_tam_in_and_keeps_an_agent_out(
    qtbot: QtBot, tmp_path: Path, sqlite_template: Path
) -> None:
    from ui.app import build_parser, sign_in_dialog_for

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().setValue("sign_in/user", "Anna Agent")
    url = _demo_copy(sqlite_template, tmp_path)
    dialog = sign_in_dialog_for(build_parser().parse_args(["--view", "cockpit"]), url)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.user_box.count() == 3, timeout=30_000)
    assert not dialog.user_box.currentText().startswith("Anna Agent")
    dialog.user_box.setCurrentIndex(dialog.user_box.findText("Anna Agent", Qt.MatchFlag.MatchStartsWith))
    dialog.sign_in_button.click()
    assert dialog.result_user is None
    assert "Anna Agent" in dialog.status.text()
    dialog.reject()
