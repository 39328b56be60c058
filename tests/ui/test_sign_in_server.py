"""Sign-in on a team's PostgreSQL server: each person types their own user name
and password (the test server trusts every password, so these tests follow the
flow, not the password check): a one-time password leads to choosing one's own,
the keyring remembers it per profile and login, and a refusal is one sentence."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from console.domain.people import PasswordState
from console.services.infrastructure.connections import Profile, ProfileStore
from tests.support.keyring import MemoryKeyring
from tests.support.people_server import PeopleServer, people_server
from ui.sign_in_dialog import Purpose, SignInDialog

pytestmark = pytest.mark.postgres

PEOPLE = (
    ("Aisha Rahman", "agent", "aisha.rahman"),
    ("Lars Lead", "lead", "lars.lead"),
)


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()


@pytest.fixture
def server() -> Iterator[PeopleServer]:
    with people_server(PEOPLE) as made:
        yield made


def _store(tmp_path: Path, server: PeopleServer) -> ProfileStore:
    """A saved "Team" profile for the server; an old one, with a team user the
    sign-in ignores."""
    store = ProfileStore(tmp_path)
    url = server.url
    store.save(
        Profile(
            "Team",
            "postgresql",
            host=url.host or "",
            port=url.port or 5432,
            database=url.database or "",
            user="support_team",
            is_default=True,
        )
    )
    return store


def _dialog(qtbot: QtBot, store: ProfileStore, purpose: Purpose | None = None) -> SignInDialog:
    dialog = SignInDialog(store, purpose=purpose)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.local_panel.isHidden() and not dialog.server_panel.isHidden()
    return dialog


def test_first_sign_in_chooses_a_password_and_the_keyring_remembers_it(
    qtbot: QtBot, tmp_path: Path, server: PeopleServer, memory_keyring: MemoryKeyring
) -> None:
    store = _store(tmp_path, server)
    dialog = _dialog(qtbot, store)
    panel = dialog.server_panel
    assert panel.login == "" and not dialog.sign_in_button.isEnabled()
    panel.login_edit.setText("aisha.rahman")
    panel.password_edit.setText(server.one_time["aisha.rahman"])
    panel.remember.setChecked(True)
    dialog.sign_in_button.click()
    qtbot.waitUntil(
        lambda: dialog.password_dialog is not None and dialog.password_dialog.isVisible(), timeout=30_000
    )
    chooser = dialog.password_dialog
    assert chooser is not None
    chooser.new_edit.setText("a long own password")
    chooser.repeat_edit.setText("a long own password")
    chooser.save_button.click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=30_000)
    assert dialog.result_user is not None and dialog.result_user.login == "aisha.rahman"
    assert dialog.result_me is not None and dialog.result_me.user is not None
    assert dialog.result_me.user.password_state is PasswordState.OWN
    assert dialog.result_services is not None
    assert dialog.result_services.db.identity.login == "aisha.rahman"
    dialog.result_services.close()
    assert "a long own password" in memory_keyring.secrets.values()
    assert server.one_time["aisha.rahman"] not in memory_keyring.secrets.values()
    assert "support_team" not in dialog.status.text()

    again = _dialog(qtbot, store)
    assert again.server_panel.login == "aisha.rahman"
    assert again.server_panel.password == "a long own password" and again.server_panel.remember.isChecked()
    again.sign_in_button.click()
    qtbot.waitUntil(lambda: again.result() == again.DialogCode.Accepted, timeout=30_000)
    assert again.password_dialog is None
    assert again.result_user is not None and again.result_user.name == "Aisha Rahman"
    assert again.result_services is not None
    again.result_services.close()


def test_cancelling_the_password_choice_signs_no_one_in(
    qtbot: QtBot, tmp_path: Path, server: PeopleServer, memory_keyring: MemoryKeyring
) -> None:
    dialog = _dialog(qtbot, _store(tmp_path, server))
    dialog.server_panel.login_edit.setText("lars.lead")
    dialog.server_panel.password_edit.setText(server.one_time["lars.lead"])
    dialog.server_panel.remember.setChecked(True)
    dialog.sign_in_button.click()
    qtbot.waitUntil(
        lambda: dialog.password_dialog is not None and dialog.password_dialog.isVisible(), timeout=30_000
    )
    assert dialog.password_dialog is not None
    dialog.password_dialog.reject()
    assert dialog.result_user is None and dialog._connected is None
    assert "choose your own password" in dialog.status.text()
    assert dialog.sign_in_button.isEnabled()
    assert memory_keyring.secrets == {}
    dialog.reject()


def test_refusals_are_one_sentence(qtbot: QtBot, tmp_path: Path, server: PeopleServer) -> None:
    owner = server.owner_services()
    owner.people.add_person("Gone Person", "agent", login="gone.person")
    with owner.db.write() as session:
        session.execute(text("UPDATE users SET active = false WHERE login = 'gone.person'"))
        session.execute(
            text("UPDATE users SET one_time_until = :past WHERE login = 'lars.lead'"),
            {"past": datetime(2026, 1, 2, 9, 30, tzinfo=UTC)},
        )
    owner.close()
    dialog = _dialog(qtbot, _store(tmp_path, server))
    panel = dialog.server_panel

    def attempt(login: str) -> str:
        panel.login_edit.setText(login)
        panel.password_edit.setText("whatever-it-is")
        dialog.status.setText("")
        dialog.sign_in_button.click()
        qtbot.waitUntil(lambda: dialog.status.text() != "" and not dialog._busy, timeout=30_000)
        assert dialog.result_user is None and dialog._connected is None
        return dialog.status.text()

    assert attempt("no.one") == "No one with that user name works in this database."
    assert attempt("gone.person") == "This person is deactivated: ask an admin to activate them."
    expired = attempt("lars.lead")
    assert expired.startswith("Your one-time password expired on 2026-01-02")
    assert expired.endswith(": ask an admin for a new one.")
    dialog.reject()


def test_a_window_for_some_roles_refuses_a_person_before_the_password_choice(
    qtbot: QtBot, tmp_path: Path, server: PeopleServer
) -> None:
    from console.domain.cases import Role

    purpose = Purpose("Wallboard", frozenset({Role.LEAD, Role.ADMIN}))
    dialog = _dialog(qtbot, _store(tmp_path, server), purpose)
    dialog.server_panel.login_edit.setText("aisha.rahman")
    dialog.server_panel.password_edit.setText(server.one_time["aisha.rahman"])
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: "wallboard" in dialog.status.text(), timeout=30_000)
    assert dialog.status.text() == "Aisha Rahman has the agent role and the wallboard is for: admin, lead."
    assert dialog.password_dialog is None and dialog.result_user is None
    dialog.reject()


def test_a_db_url_asks_for_the_login_too(qtbot: QtBot, server: PeopleServer) -> None:
    """``--db postgresql://…``: the URL's own user is not who signs in."""
    url = server.url.render_as_string(hide_password=False)
    dialog = SignInDialog(fixed_url=url)
    qtbot.addWidget(dialog)
    assert dialog.profile_box.isHidden() and not dialog.server_panel.isHidden()
    dialog.server_panel.login_edit.setText("lars.lead")
    dialog.server_panel.password_edit.setText(server.one_time["lars.lead"])
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: dialog.password_dialog is not None, timeout=30_000)
    assert dialog.password_dialog is not None
    dialog.password_dialog.new_edit.setText("lars has a password")
    dialog.password_dialog.repeat_edit.setText("lars has a password")
    dialog.password_dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=30_000)
    assert dialog.result_user is not None and dialog.result_user.name == "Lars Lead"
    assert dialog.result_services is not None
    dialog.result_services.close()
