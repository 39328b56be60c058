"""The unknown senders' window over real services on SQLite: mail from an
address no account knows is listed (oldest first) with its thread shown as
literal text; linking it opens the case in the agent console with the clock
from the mail's arrival and takes it off the list; closing takes it off too;
only people who may add contacts are offered to add the sender; and the agent
console's toolbar counts the waiting mail as a second console ingests it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from console.domain.plans import Severity
from tests.support.admin_world import World
from ui.main_window import MainWindow
from ui.triage.unknown_senders_window import UnknownSendersWindow

HOSTILE_SUBJECT = '<b style="font-size:40px">BIG</b>'
HOSTILE_NAME = "<i>Mallory</i> & Co"


def mail(
    sender: str,
    subject: str,
    body: str = "Hello, our licence expired.",
    name: str = "",
    attachment: bytes | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = f'"{name}" <{sender}>' if name else sender
    message["To"] = "support@vendor.example"
    message["Subject"] = subject
    message.set_content(body)
    if attachment is not None:
        message.add_attachment(attachment, maintype="application", subtype="pdf", filename="invoice.pdf")
    return bytes(message)


@pytest.fixture
def world(database_url: URL, tmp_path: Path) -> Iterator[World]:
    w = World(database_url, tmp_path)
    svc = w.other
    for name, role in (("Ada Admin", "admin"), ("Ben Agent", "agent")):
        svc.accounts.add_user(name, role)
    svc.accounts.add_account("Globex", "standard")
    svc.accounts.add_account("Initech", "premier")
    svc.mail_settings.change(
        {"from_address": "support@vendor.example", "default_severity": 2}, actor="Ada Admin"
    )
    yield w
    for console in w.sessions:
        console.close()
    svc.close()


@pytest.fixture
def open_window(qtbot: QtBot, world: World) -> Iterator[Callable[[str], UnknownSendersWindow]]:
    windows: list[UnknownSendersWindow] = []

    def make(user: str) -> UnknownSendersWindow:
        win = UnknownSendersWindow(world.session(user))
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        win.start()
        qtbot.waitUntil(lambda: win.busy == 0 and not win._loads.running, timeout=10_000)
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.shutdown()


def ingest(world: World, raw: bytes, minutes_ago: int = 0) -> None:
    arrived = world.clock() - timedelta(minutes=minutes_ago)
    world.other.mail.ingest(raw, source="test", arrived_at=arrived)


def listed(win: UnknownSendersWindow) -> list[str]:
    return [item.subject for item in win.model.rows()]


def test_the_list_shows_unknown_senders_mail_oldest_first_as_literal_text(
    qtbot: QtBot, world: World, open_window: Callable[[str], UnknownSendersWindow]
) -> None:
    ingest(world, mail("new@stranger.example", "Newer question"), minutes_ago=5)
    ingest(
        world,
        mail(
            "mallory@evil.example",
            HOSTILE_SUBJECT,
            body="<script>x</script>",
            name=HOSTILE_NAME,
            attachment=b"%PDF-1.4 " + b"x" * 3000,
        ),
        minutes_ago=30,
    )
    win = open_window("Ben Agent")
    assert listed(win) == [HOSTILE_SUBJECT, "Newer question"]
    assert win.model.index(0, 1).data() == f"{HOSTILE_NAME} <mallory@evil.example>"
    assert win.model.index(0, 3).data() == "1" and win.model.index(0, 4).data() == "1"
    qtbot.waitUntil(lambda: win.detail is not None, timeout=10_000)
    assert win.thread_title.text() == HOSTILE_SUBJECT  # a plain label: no 40 px bold
    shown = win.thread_view.toPlainText()
    assert HOSTILE_SUBJECT in shown and "<script>x</script>" in shown and "mallory@evil.example" in shown
    assert "invoice.pdf — 3 KB" in shown
    html = win.thread_view.toHtml()
    assert "&lt;b style=" in html  # the subject is text in the page, not a tag obeyed
    assert "font-size:40px;" not in html  # Qt writes an obeyed style as "font-size:40px;"


def test_linking_opens_the_case_from_the_mails_arrival_and_takes_it_off_the_list(
    qtbot: QtBot, world: World, open_window: Callable[[str], UnknownSendersWindow]
) -> None:
    ingest(world, mail("buyer@newco.example", "Please help"), minutes_ago=42)
    arrived = world.clock() - timedelta(minutes=42)
    win = open_window("Ben Agent")
    opened: list[int] = []
    win.case_opened.connect(opened.append)
    qtbot.waitUntil(lambda: win.detail is not None, timeout=10_000)
    win.ask_link()
    qtbot.waitUntil(lambda: win.link_dialog is not None and win.link_dialog.isVisible(), timeout=10_000)
    dialog = win.link_dialog
    assert dialog is not None
    assert dialog.severity_box.currentData() == Severity.HIGH  # the mail settings' default
    assert dialog.contact_box.isHidden()  # an agent may not add contacts
    dialog.filter_edit.setText("glob")
    assert dialog.proxy.rowCount() == 1 and dialog.selected_account() == "Globex"
    dialog.accept()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    case = world.other.cases.detail(opened[0]).summary
    assert case.account_name == "Globex" and case.opened_at == arrived
    assert int(case.severity) == 2
    qtbot.waitUntil(lambda: listed(win) == [], timeout=10_000)
    assert win.empty_label.isVisible()
    assert f"Case #{opened[0]} opened on Globex" in win.status.text()


def test_the_add_contact_box_is_offered_to_an_admin(
    qtbot: QtBot, world: World, open_window: Callable[[str], UnknownSendersWindow]
) -> None:
    ingest(world, mail("buyer@newco.example", "Please help", name="Bea Buyer"))
    win = open_window("Ada Admin")
    qtbot.waitUntil(lambda: win.detail is not None, timeout=10_000)
    win.ask_link()
    qtbot.waitUntil(lambda: win.link_dialog is not None and win.link_dialog.isVisible(), timeout=10_000)
    dialog = win.link_dialog
    assert dialog is not None
    assert dialog.contact_box.isVisible()
    assert dialog.contact_box.text() == "Add Bea Buyer <buyer@newco.example> as a contact of the account"
    dialog.select_account("Initech")
    dialog.contact_box.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: listed(win) == [], timeout=10_000)
    contacts = world.other.accounts.account("Initech").contacts
    assert [c.email for c in contacts] == ["buyer@newco.example"]


def test_closing_asks_in_plain_text_and_takes_the_mail_off_the_list(
    qtbot: QtBot, world: World, open_window: Callable[[str], UnknownSendersWindow]
) -> None:
    ingest(world, mail("spam@junk.example", HOSTILE_SUBJECT, name=HOSTILE_NAME))
    win = open_window("Ben Agent")
    qtbot.waitUntil(lambda: win.detail is not None, timeout=10_000)
    win.ask_close()
    box = win.close_box
    assert box is not None and box.isVisible()
    assert HOSTILE_SUBJECT in box.text() and HOSTILE_NAME in box.text()
    assert box.textFormat().name == "PlainText"
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: listed(win) == [], timeout=10_000)
    assert world.other.triage.waiting() == ()


def test_a_second_console_sees_new_mail_and_a_colleagues_close(
    qtbot: QtBot, world: World, open_window: Callable[[str], UnknownSendersWindow]
) -> None:
    win = open_window("Ben Agent")
    assert listed(win) == [] and win.empty_label.isVisible()
    ingest(world, mail("a@one.example", "First"))
    qtbot.waitUntil(lambda: listed(win) == ["First"], timeout=3000)
    world.other.triage.close(world.other.triage.waiting()[0].id, "Ada Admin")
    qtbot.waitUntil(lambda: listed(win) == [], timeout=3000)


def test_the_agent_console_counts_waiting_mail_live_and_opens_the_window(
    qtbot: QtBot, world: World, tmp_path: Path
) -> None:
    session = world.session("Ben Agent")
    win = MainWindow(session, QSettings(str(tmp_path / "main.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    win.start()
    qtbot.waitUntil(lambda: win.unknown_count == 0, timeout=10_000)
    assert win.unknown_action.text() == "Unknown senders"
    assert ("Ctrl+U", "Unknown senders") in win.shortcuts
    ingest(world, mail("a@one.example", "First"))
    ingest(world, mail("b@two.example", "Second"))
    qtbot.waitUntil(lambda: win.unknown_action.text() == "Unknown senders (2)", timeout=3000)

    triage = win.open_unknown_senders()
    qtbot.waitUntil(lambda: len(triage.model.rows()) == 2 and triage.detail is not None, timeout=10_000)
    triage.ask_link()
    qtbot.waitUntil(lambda: triage.link_dialog is not None and triage.link_dialog.isVisible(), timeout=10_000)
    assert triage.link_dialog is not None
    triage.link_dialog.select_account("Globex")
    triage.link_dialog.accept()
    qtbot.waitUntil(lambda: win._shown_case is not None, timeout=10_000)
    assert win.case_side.isVisible()
    qtbot.waitUntil(lambda: win.unknown_action.text() == "Unknown senders (1)", timeout=3000)
    win.close()
