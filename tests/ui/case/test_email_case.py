"""An email case in the case view, over real services on SQLite: the header says
it came by email and which closed case it follows; the timeline shows each mail's
addresses, its attachments as links that save the exact bytes where the agent
says, the acknowledgement and where our mail stands — a failed reply in the
server's words, with a link that queues it again; the reply box says where the
reply goes; hostile subjects, file names and addresses show as literal text;
a theme switch re-renders the page in the new theme's colours."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from tests.support.clock import SteppingClock
from tests.ui.test_outside_text_is_plain import assert_plain
from ui.case.case_view import CaseView, safe_file_name
from ui.session import ConsoleSession
from ui.theme import DARK, LIGHT, apply_theme

START = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)  # Wednesday 09:00 in Berlin
SUPPORT = "support@vendor.example"
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 735  # 184 KB, every byte value
PETER = "Peter Gibbons <peter@initech.example>"


@pytest.fixture
def backend() -> str:
    """SQLite only: the mail itself is tested on both backends in tests/console."""
    return "sqlite"


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock(START)


@pytest.fixture
def console(engine: Engine, clock: SteppingClock) -> Iterator[ConsoleSession]:
    """Anna's console; Initech (Premier) with Peter as a contact; mail set up."""
    services = ConsoleServices(Database(engine), clock)
    services.accounts.add_user("Anna Agent", "agent", languages=["en", "de"])
    services.accounts.add_user("Ada Admin", "admin")
    services.accounts.add_account("Initech", "premier")
    services.accounts.add_contact("Initech", "Peter Gibbons", "peter@initech.example")
    services.mail_settings.change({"from_address": SUPPORT, "from_name": "Vendor Support"})
    session = ConsoleSession(services, services.accounts.user("Anna Agent"))
    yield session
    session.worker.shutdown()


def mail(
    subject: str = "TPS reports fail to print",
    sender: str = PETER,
    body: str = "Since this morning every TPS report fails. The test report is attached.",
    message_id: str = "<m1@initech.example>",
    attachment: tuple[str, bytes] | None = ("Prüfbericht.pdf", PDF),
    cc: str | None = "Bill Lumbergh <bill@initech.example>",
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = SUPPORT
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Message-ID"] = message_id
    msg["Date"] = "Wed, 25 Nov 2026 09:00:00 +0100"
    msg.set_content(body)
    if attachment:
        msg.add_attachment(attachment[1], maintype="application", subtype="pdf", filename=attachment[0])
    return bytes(msg)


def email_case_with_failed_reply(
    console: ConsoleSession, clock: SteppingClock, raw: bytes | None = None
) -> int:
    """Peter's mail with an attachment, the acknowledgement sent, Anna's reply
    refused by the customer's server."""
    services = console.services
    number = services.mail.ingest(raw or mail(), source="test").case_number
    assert number is not None
    clock.advance(minutes=3)
    services.cases.claim_next("Anna Agent")
    clock.advance(minutes=5)
    services.talk.reply(number, "Hello Peter, could you send the printer's driver version?", "Anna Agent")
    items = services.outbox.claim(10)
    for item in items:
        assert services.outbox.begin_send(item.id)
        if item.kind == "reply":
            services.outbox.permanent_failure(item.id, "550 5.1.1 unknown")
        else:
            services.outbox.sent(item.id)
    clock.advance(minutes=1)
    return number


def shown_view(
    qtbot: QtBot, console: ConsoleSession, number: int, size: tuple[int, int] = (900, 760)
) -> CaseView:
    view = CaseView(console)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.show_case(number)
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.summary.number == number)
    return view


def reply_email_id(view: CaseView) -> int:
    assert view.detail is not None
    return next(
        m.email.id for m in view.detail.messages if m.email is not None and m.author_kind.value == "agent"
    )


def click_text(qtbot: QtBot, view: CaseView, text: str) -> None:
    """Click the middle of ``text`` in the timeline, as the agent would."""
    timeline = view.timeline
    cursor = timeline.document().find(text)
    assert not cursor.isNull(), text
    start = QTextCursor(cursor)
    start.setPosition(cursor.selectionStart() + len(text) // 2)
    timeline.setTextCursor(start)
    timeline.ensureCursorVisible()
    qtbot.wait(20)
    rect = timeline.cursorRect(start)
    QTest.mouseClick(
        timeline.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(rect.center())
    )


def test_an_email_case_shows_channel_addresses_attachment_and_delivery(
    qtbot: QtBot, console: ConsoleSession, clock: SteppingClock
) -> None:
    number = email_case_with_failed_reply(console, clock)
    view = shown_view(qtbot, console, number)
    assert "by email" in view.case_label.text()
    assert "follows" not in view.case_label.text()
    text = view.timeline.toPlainText()
    assert f"From: {PETER}" in text
    assert f"To: {SUPPORT}" in text
    assert "Cc: Bill Lumbergh <bill@initech.example>" in text
    assert "Prüfbericht.pdf · 184 KB" in text
    assert "Acknowledgement sent to the customer" in text
    assert "Failed — 550 5.1.1 unknown" in text and "Send again" in text
    assert "Reply by email" in text
    assert "Mail to the customer not delivered: 550 5.1.1 unknown" in text  # the audit line
    html = view.timeline.toHtml()
    assert f'href="send-again:{reply_email_id(view)}"' in html
    assert 'href="attachment:' in html
    assert view.reply_box.destination_label.isVisible()
    assert view.reply_box.destination_label.text() == f"Reply goes by email to {PETER}"


def test_a_console_case_says_nothing_of_email(qtbot: QtBot, console: ConsoleSession) -> None:
    case = console.services.cases.open_case("Initech", 2, "Phone call", body="Called about the printer.")
    view = shown_view(qtbot, console, case.number)
    assert "by email" not in view.case_label.text()
    assert not view.reply_box.destination_label.isVisible()
    assert "From:" not in view.timeline.toPlainText()


def test_send_again_queues_a_failed_reply(
    qtbot: QtBot, console: ConsoleSession, clock: SteppingClock
) -> None:
    number = email_case_with_failed_reply(console, clock)
    view = shown_view(qtbot, console, number)
    email_id = reply_email_id(view)
    with qtbot.waitSignal(view.timeline.send_again_requested, timeout=2000) as asked:
        click_text(qtbot, view, "Send again")
    assert asked.args == [email_id]

    def queued() -> bool:
        detail = view.detail
        assert detail is not None
        return any(
            m.email is not None and m.email.id == email_id and m.email.delivery == "queued"
            for m in detail.messages
        )

    qtbot.waitUntil(queued, timeout=5000)
    assert "Failed — 550" not in view.timeline.toPlainText()
    assert "Anna Agent sent a failed message again" in view.timeline.toPlainText()
    again = console.services.outbox.claim(10)
    assert [item.kind for item in again] == ["reply"]


def test_send_again_refused_shows_one_sentence(
    qtbot: QtBot, console: ConsoleSession, clock: SteppingClock
) -> None:
    number = email_case_with_failed_reply(console, clock)
    view = shown_view(qtbot, console, number)
    email_id = reply_email_id(view)
    console.services.outbox.send_again(email_id, agent="Anna Agent")  # another console was quicker
    view.timeline.send_again_requested.emit(email_id)
    qtbot.waitUntil(lambda: view.message_label.isVisible() and "Not sent again" in view.message_label.text())
    shown = view.message_label.text()
    assert shown.endswith(".") and "\n" not in shown and "queued" in shown


def test_save_as_writes_the_exact_bytes(
    qtbot: QtBot,
    console: ConsoleSession,
    clock: SteppingClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    number = email_case_with_failed_reply(console, clock)
    view = shown_view(qtbot, console, number)
    target = tmp_path / "saved.pdf"
    asked: list[str] = []

    def save_dialog(parent: QWidget, caption: str, proposed: str, *args: object) -> tuple[str, str]:
        asked.append(proposed)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    click_text(qtbot, view, "Prüfbericht.pdf")
    qtbot.waitUntil(lambda: target.exists() and "Saved as" in view.message_label.text(), timeout=5000)
    assert target.read_bytes() == PDF
    assert Path(asked[0]).name == "Prüfbericht.pdf"
    assert Path(asked[0]).parent.is_dir()


def test_cancelled_or_failed_saving(
    qtbot: QtBot,
    console: ConsoleSession,
    clock: SteppingClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    number = email_case_with_failed_reply(console, clock)
    view = shown_view(qtbot, console, number)
    assert view.detail is not None
    [file] = [f for m in view.detail.messages if m.email is not None for f in m.email.attachments]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    view.timeline.attachment_requested.emit(file.id)
    qtbot.wait(100)
    assert not view.message_label.isVisible()
    nowhere = tmp_path / "no such folder" / "x.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(nowhere), ""))
    view.timeline.attachment_requested.emit(file.id)
    qtbot.waitUntil(lambda: view.message_label.isVisible(), timeout=5000)
    assert view.message_label.text() == "The file was not saved: no such file or directory."


def test_proposed_file_names_carry_no_folders() -> None:
    assert safe_file_name("Prüfbericht.pdf") == "Prüfbericht.pdf"
    assert safe_file_name("../../etc/passwd") == "_.._etc_passwd"
    assert safe_file_name("..\\x:y?.txt") == "_x_y_.txt"
    assert safe_file_name("...") == "attachment"
    assert safe_file_name("a\nb\x00c") == "a_b_c"


def test_a_case_that_follows_a_closed_one_says_so(qtbot: QtBot, console: ConsoleSession) -> None:
    services = console.services
    first = services.mail.ingest(mail(attachment=None), source="test").case_number or 0
    services.cases.change_status(first, "solved", actor="Ada Admin")
    services.cases.change_status(first, "closed", actor="Ada Admin")
    again = services.mail.ingest(
        mail(subject=f"Still broken [#{first}]", message_id="<m2@initech.example>", attachment=None),
        source="test",
    )
    view = shown_view(qtbot, console, again.case_number or 0)
    assert f"follows #{first}" in view.case_label.text()
    assert f"Follows the closed case #{first}" in view.timeline.toPlainText()


HOSTILE_SUBJECT = '<b style="font-size:40px;color:red">BIG</b>'
HOSTILE_FILE = "<img src=x.png onerror=alert(1)>.pdf"  # a file name keeps no slashes
HOSTILE_NAME = "<a href='http:evil.invalid'>LINKED</a>"


def test_hostile_subject_file_name_and_address_show_as_text(
    qtbot: QtBot, console: ConsoleSession, clock: SteppingClock
) -> None:
    raw = mail(
        subject=HOSTILE_SUBJECT,
        sender=f'"{HOSTILE_NAME}" <peter@initech.example>',
        body="<h1>HEADLINE</h1>",
        attachment=(HOSTILE_FILE, b"x"),
        cc=None,
    )
    number = email_case_with_failed_reply(console, clock, raw)
    view = shown_view(qtbot, console, number)
    assert view.subject_label.text() == HOSTILE_SUBJECT
    assert view.subject_label.textFormat() is Qt.TextFormat.PlainText
    text = view.timeline.toPlainText()
    assert f"From: {HOSTILE_NAME} <peter@initech.example>" in text
    assert f"{HOSTILE_FILE} · 1 B" in text
    assert "<h1>HEADLINE</h1>" in text
    # the page's only links are the console's own, and it names no image at all
    formats = _formats(view.timeline.document())
    links = {f.anchorHref() for f in formats if f.isAnchor()}
    assert links and all(link.startswith(("send-again:", "attachment:")) for link in links), links
    assert not any(f.isImageFormat() for f in formats)
    destination = view.reply_box.destination_label
    assert destination.textFormat() is Qt.TextFormat.PlainText
    assert HOSTILE_NAME in destination.text()

    assert_plain(view)


def _formats(document: QTextDocument) -> list[QTextCharFormat]:
    found: list[QTextCharFormat] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            found.append(iterator.fragment().charFormat())
            iterator += 1
        block = block.next()
    return found


def test_a_theme_switch_renders_the_mail_again(
    qtbot: QtBot, console: ConsoleSession, clock: SteppingClock
) -> None:
    number = email_case_with_failed_reply(console, clock)
    view = shown_view(qtbot, console, number)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = view.timeline.toHtml()
    apply_theme(app, DARK)
    try:
        qtbot.waitUntil(lambda: view.timeline.toHtml() != light)
        dark = view.timeline.toHtml()
        assert DARK.text in dark and LIGHT.text not in dark
        assert "Failed — 550 5.1.1 unknown" in view.timeline.toPlainText()
    finally:
        apply_theme(app, LIGHT)
    qtbot.waitUntil(lambda: view.timeline.toHtml() == light)


def test_render_email_case(
    qtbot: QtBot, console: ConsoleSession, clock: SteppingClock, tmp_path: Path
) -> None:
    """The pictures to look at (1366x768, light and dark)."""
    number = email_case_with_failed_reply(console, clock)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        for theme in (LIGHT, DARK):
            apply_theme(app, theme)
            view = shown_view(qtbot, console, number, size=(1366, 768))
            qtbot.wait(100)
            path = tmp_path / f"email_case_{theme.name.value}.png"
            assert view.grab().save(str(path))
            print(path)
    finally:
        apply_theme(app, LIGHT)
