"""The administration's Mail tab over real services on SQLite: it saves the
settings with the version the admin saw (and refuses a bad From address with the
core's sentence), keeps the mail passwords in this machine's keyring, checks the
servers on a worker thread (an unreachable server's sentence shows while the GUI
keeps answering), retries and discards messages that could not be read as they
arrive live, shows outside text literally, and is read-only for a lead."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from typing import Any

import keyring
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.channels.email.secrets import KEYRING_SERVICE, keyring_user
from console.daemons.mail import check
from console.services.usecases.mail_settings import MailSettingsView
from tests.support.admin_world import World, show_tab, wait_status
from ui.handlers import start
from ui.settings.admin_window import AdminWindow
from ui.settings.mail_tab import MailTab


def mail_tab(qtbot: QtBot, win: AdminWindow) -> MailTab:
    tab = show_tab(qtbot, win, "mail")
    assert isinstance(tab, MailTab)
    qtbot.waitUntil(lambda: tab.view is not None, timeout=10_000)
    return tab


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then let go)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_mail_tab_saves_the_settings_and_refuses_a_bad_from_address(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World, qtmodeltester: Any
) -> None:
    win = open_window("Ada Admin")
    tab = mail_tab(qtbot, win)
    qtmodeltester.check(tab.unreadable_model)
    assert not tab.save_button.isEnabled()
    tab.from_address.setText("not an address")
    tab._edited()
    assert tab.changes() == {"from_address": "not an address"}
    tab.save()
    wait_status(qtbot, tab, "'not an address' is not an email address (e.g. support@example.com).")
    assert tab.status.kind == "error"

    tab.from_address.setText("support@vendor.example")
    tab.from_name.setText("Vendor Support")
    tab.imap_host.setText("imap.vendor.example")
    tab.imap_user.setText("support@vendor.example")
    tab.imap_port.setValue(143)
    tab.imap_security.setCurrentIndex(tab.imap_security.findData("starttls"))
    tab.max_message_mb.setValue(30)
    tab.default_severity.setCurrentIndex(tab.default_severity.findData(2))
    tab.acknowledge.setChecked(False)
    assert tab.save_button.isEnabled()
    tab.save()
    wait_status(qtbot, tab, "Saved 9 changes.")
    saved = world.other.mail_settings.settings()
    assert (saved.from_address, saved.from_name, saved.imap_port, saved.imap_security) == (
        "support@vendor.example",
        "Vendor Support",
        143,
        "starttls",
    )
    assert saved.max_message_bytes == 30 * 1024 * 1024 and saved.default_severity == 2
    assert not saved.acknowledge
    qtbot.waitUntil(lambda: tab.view is not None and tab.view.version == saved.version, timeout=10_000)
    assert not tab.has_unsaved()
    assert "by Ada Admin" in tab.updated_label.text()


def test_a_save_over_a_colleagues_change_is_refused(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World
) -> None:
    win = open_window("Ada Admin")
    tab = mail_tab(qtbot, win)
    tab.from_name.setText("Mine")
    tab._edited()
    world.other.mail_settings.change({"from_name": "Theirs"}, actor="Ada Admin")
    wait_status(qtbot, tab, "Your unsaved edits are kept")
    assert tab.from_name.text() == "Mine"
    tab.save()
    wait_status(qtbot, tab, "changed by someone else")
    assert world.other.mail_settings.settings().from_name == "Theirs"


def test_the_password_buttons_store_into_this_machines_keyring(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World
) -> None:
    win = open_window("Ada Admin")
    tab = mail_tab(qtbot, win)
    tab.ask_password("imap")
    wait_status(qtbot, tab, "Save the IMAP server and user first")
    world.other.mail_settings.change(
        {
            "imap_host": "imap.vendor.example",
            "imap_user": "support",
            "smtp_host": "smtp.vendor.example",
            "smtp_user": "mailer",
        },
        actor="Ada Admin",
    )
    qtbot.waitUntil(lambda: tab.view is not None and tab.view.smtp_user == "mailer", timeout=10_000)
    for kind, user, host, secret in (
        ("imap", "support", "imap.vendor.example", "imap-s3cret"),
        ("smtp", "mailer", "smtp.vendor.example", "smtp-s3cret"),
    ):
        (tab.imap_password_button if kind == "imap" else tab.smtp_password_button).click()
        dialog = tab.password_dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.textEchoMode().name == "Password"
        dialog.setTextValue(secret)
        dialog.accept()
        wait_status(qtbot, tab, f"The {kind.upper()} password for {user} is kept in this machine's keyring.")
        assert keyring.get_password(KEYRING_SERVICE, keyring_user(kind, user, host)) == secret  # type: ignore[arg-type]
    assert "s3cret" not in repr(world.other.mail_settings.settings())


def test_check_runs_on_a_worker_and_shows_the_failure_while_the_gui_answers(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = closed_port()
    world.other.mail_settings.change(
        {
            "imap_host": "127.0.0.1",
            "imap_port": port,
            "imap_security": "none",
            "imap_user": "support",
            "smtp_host": "127.0.0.1",
            "smtp_port": port,
            "smtp_security": "none",
            "from_address": "support@vendor.example",
        },
        actor="Ada Admin",
    )
    keyring.set_password(KEYRING_SERVICE, keyring_user("imap", "support", "127.0.0.1"), "pw")
    win = open_window("Ada Admin")
    tab = mail_tab(qtbot, win)
    qtbot.waitUntil(lambda: tab.view is not None and tab.view.imap_port == port, timeout=10_000)
    threads: list[str] = []

    def slow_check(settings: MailSettingsView) -> list[tuple[bool, str]]:
        """The real check, at the network's slow pace: the GUI must keep answering meanwhile."""
        threads.append(threading.current_thread().name)
        time.sleep(0.5)
        return check(settings)

    monkeypatch.setattr("ui.settings.mail_tab.check", slow_check)
    tab.check_servers()
    ticks = 0
    started = time.monotonic()
    while not tab.check_lines and time.monotonic() - started < 20:
        QApplication.processEvents()
        ticks += 1
        time.sleep(0.01)
    assert threads and threads[0] != threading.main_thread().name
    assert ticks > 10  # the GUI thread kept turning while the check ran
    lines = [line.text() for line in tab.check_lines]
    assert len(lines) == 2 and all(text.startswith("failed — ") for text in lines)
    assert lines[0].startswith("failed — IMAP:") and lines[1].startswith("failed — SMTP:")
    assert "2 of 2 servers failed the check." in tab.status.text()


def test_unreadable_messages_arrive_live_and_are_retried_or_discarded(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World, tmp_path: Any
) -> None:
    win = open_window("Ada Admin")
    tab = mail_tab(qtbot, win)
    assert tab.unreadable_empty.isVisible()
    world.other.mail.ingest(b"not mail at all", source='<b style="font-size:40px">BIG</b>')
    world.other.mail.ingest(b"still not mail", source="imap INBOX uid 7")
    qtbot.waitUntil(lambda: tab.unreadable_model.rowCount() == 2, timeout=3000)
    assert tab.unreadable_model.index(0, 2).data() == '<b style="font-size:40px">BIG</b>'
    assert tab.unreadable_model.index(0, 1).data() == "15 B"

    tab.unreadable_table.selectRow(0)
    first = tab.selected_unreadable()
    assert first is not None
    start(tab.save_message(first, str(tmp_path / "m.eml")))  # what "Save message…" runs after its file dialog
    wait_status(qtbot, tab, "Saved the message (15 bytes) to")
    assert (tmp_path / "m.eml").read_bytes() == b"not mail at all"
    tab.retry_button.click()
    wait_status(qtbot, tab, "reads the message again")
    qtbot.waitUntil(lambda: tab.unreadable_model.index(0, 4).data() == "Retry asked for", timeout=5000)
    tab.unreadable_table.selectRow(1)
    tab.discard_button.click()
    wait_status(qtbot, tab, "The message was discarded")
    qtbot.waitUntil(lambda: tab.unreadable_model.rowCount() == 1, timeout=5000)
    states = {u.id: u.state for u in world.other.mail_settings.unreadable(include_resolved=True)}
    assert sorted(states.values()) == ["discarded", "retry"]


@pytest.mark.parametrize("user", ["Lea Lead"])
def test_a_lead_sees_the_mail_settings_read_only(
    qtbot: QtBot, open_window: Callable[[str], AdminWindow], world: World, user: str
) -> None:
    win = open_window(user)
    tab = mail_tab(qtbot, win)
    assert tab.read_only
    assert tab.from_address.isReadOnly()
    for button in (tab.save_button, tab.check_button, tab.imap_password_button, tab.retry_button):
        assert not button.isVisible()
    assert "Mail" in win.banner.label.text()
