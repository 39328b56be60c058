"""The chat pane with two consoles over one database on each backend: the
customer's chat messages appear after the live refresh, Enter sends and Shift+Enter
starts a new line, the unread marker and the waiting time come and go, and a
Standard case explains that live chat is not part of its plan."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from console.domain.cases import AuthorKind, MessageKind
from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.services.infrastructure.feed import latest_change_id, read_changes
from console.storage.engine import create_engine_for
from tests.support.clock import SteppingClock
from ui.case.chat_pane import ChatPane
from ui.session import ConsoleSession
from ui.theme import DARK, LIGHT, apply_theme

# Wednesday 2026-11-25 09:00 in Berlin (CET)
START = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock(START)


def open_console(url: URL, clock: SteppingClock, user: str) -> ConsoleSession:
    services = ConsoleServices(Database(create_engine_for(url)), clock)
    return ConsoleSession(services, services.accounts.user(user))


@pytest.fixture
def consoles(database_url: URL, clock: SteppingClock) -> Iterator[tuple[ConsoleSession, ConsoleSession]]:
    """Anna's console and Ben's, each with its own engine on the same database."""
    setup = ConsoleServices(Database(create_engine_for(database_url)), clock)
    setup.accounts.add_user("Anna Agent", "agent", languages=["en", "de"])
    setup.accounts.add_user("Ben Agent", "agent", languages=["en"])
    setup.accounts.add_account("Globex", "standard")
    setup.accounts.add_account("Initech", "premier")
    setup.accounts.add_contact("Initech", "Peter Gibbons", "peter@initech.example")
    setup.close()
    anna = open_console(database_url, clock, "Anna Agent")
    ben = open_console(database_url, clock, "Ben Agent")
    yield anna, ben
    for console in (anna, ben):
        console.worker.shutdown()
        console.services.close()


def open_chat_case(console: ConsoleSession, account: str = "Initech") -> int:
    case = console.services.cases.open_case(account, 2, "Candidate cannot start the exam", body="Help please")
    console.services.cases.claim_next("Anna Agent")
    return case.number


def shown_pane(qtbot: QtBot, console: ConsoleSession, number: int) -> ChatPane:
    pane = ChatPane(console)
    qtbot.addWidget(pane)
    pane.resize(400, 700)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_case(number)
    qtbot.waitUntil(lambda: pane.stack.currentWidget() is not pane.empty_label)
    return pane


def agent_chats(console: ConsoleSession, number: int) -> list[str]:
    return [
        m.body
        for m in console.services.cases.detail(number).messages
        if m.kind is MessageKind.CHAT and m.author_kind is AuthorKind.AGENT
    ]


def test_a_customer_message_appears_after_the_refresh(
    qtbot: QtBot, consoles: tuple[ConsoleSession, ConsoleSession]
) -> None:
    anna, ben = consoles
    number = open_chat_case(anna)
    pane = shown_pane(qtbot, anna, number)
    assert pane.has_composer
    assert "No chat messages yet" in pane.transcript.toPlainText()

    before = latest_change_id(ben.services.db.engine)
    ben.services.talk.customer_message(number, "The camera stays black", chat=True)
    pane.on_changes(tuple(read_changes(anna.services.db.engine, before)))
    qtbot.waitUntil(lambda: "The camera stays black" in pane.transcript.toPlainText())
    assert "Peter Gibbons" in pane.transcript.toPlainText()


def test_enter_sends_and_shift_enter_adds_a_line(
    qtbot: QtBot, consoles: tuple[ConsoleSession, ConsoleSession]
) -> None:
    anna, _ = consoles
    number = open_chat_case(anna)
    pane = shown_pane(qtbot, anna, number)
    sent: list[int] = []
    pane.chat_sent.connect(sent.append)
    pane.composer.setFocus()

    qtbot.keyClicks(pane.composer, "line one")
    qtbot.keyClick(pane.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(pane.composer, "line two")
    assert pane.composer.toPlainText() == "line one\nline two"
    assert agent_chats(anna, number) == []

    qtbot.keyClick(pane.composer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sent == [number])
    assert agent_chats(anna, number) == ["line one\nline two"]
    assert pane.composer.toPlainText() == ""
    assert pane.composer.isEnabled()
    qtbot.waitUntil(lambda: "line two" in pane.transcript.toPlainText())


def test_a_failed_send_keeps_the_text(qtbot: QtBot, consoles: tuple[ConsoleSession, ConsoleSession]) -> None:
    anna, _ = consoles
    number = open_chat_case(anna)
    pane = shown_pane(qtbot, anna, number)
    anna.services.cases.change_status(number, "solved", actor="Anna Agent")
    anna.services.cases.change_status(number, "closed", actor="Anna Agent")
    pane.composer.setPlainText("Are you still there?")
    pane.send()
    qtbot.waitUntil(lambda: pane.message_label.isVisible())
    assert "closed" in pane.message_label.text()
    assert pane.composer.toPlainText() == "Are you still there?"
    assert pane.composer.isEnabled()


def test_a_standard_case_explains_that_chat_is_not_included(
    qtbot: QtBot, consoles: tuple[ConsoleSession, ConsoleSession]
) -> None:
    anna, _ = consoles
    number = open_chat_case(anna, "Globex")
    pane = shown_pane(qtbot, anna, number)
    assert pane.stack.currentWidget() is pane.not_entitled_label
    assert "Live chat is not part of the Standard plan." in pane.not_entitled_label.text()
    assert not pane.has_composer
    assert not pane.composer.isVisible()


def test_unread_marker_is_cleared_when_the_pane_is_shown(
    qtbot: QtBot, consoles: tuple[ConsoleSession, ConsoleSession]
) -> None:
    anna, ben = consoles
    number = open_chat_case(anna)
    ben.services.talk.customer_message(number, "Hello?", chat=True)
    ben.services.talk.customer_message(number, "Anyone there?", chat=True)
    pane = ChatPane(anna)
    qtbot.addWidget(pane)
    pane.show_case(number)
    qtbot.waitUntil(lambda: pane.has_composer)
    assert pane.unread_label.text() == "2 unread"
    assert anna.services.cases.summary(number).unread_chat == 2

    pane.show()
    qtbot.waitUntil(lambda: anna.services.cases.summary(number).unread_chat == 0)
    qtbot.waitUntil(lambda: not pane.unread_label.isVisible())


def test_waiting_time_shows_until_the_agent_answers(
    qtbot: QtBot, consoles: tuple[ConsoleSession, ConsoleSession], clock: SteppingClock
) -> None:
    anna, ben = consoles
    number = open_chat_case(anna)
    anna.services.talk.agent_chat(number, "Hello, how can I help?", "Anna Agent")
    pane = shown_pane(qtbot, anna, number)
    assert not pane.waiting_label.isVisible()

    before = latest_change_id(anna.services.db.engine)
    ben.services.talk.customer_message(number, "My exam will not start", chat=True)
    pane.on_changes(tuple(read_changes(anna.services.db.engine, before)))
    qtbot.waitUntil(lambda: pane.waiting_label.isVisible())
    clock.advance(minutes=3, seconds=20)
    qtbot.waitUntil(lambda: pane.waiting_label.text() == "Customer waiting 3m 20s", timeout=3000)

    pane.composer.setFocus()
    qtbot.keyClicks(pane.composer, "Checking your session now")
    qtbot.keyClick(pane.composer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not pane.waiting_label.isVisible())
    assert anna.services.cases.summary(number).waiting_since is None


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)  # one rendering is enough
def test_render_chat_pane(
    qtbot: QtBot,
    consoles: tuple[ConsoleSession, ConsoleSession],
    clock: SteppingClock,
    tmp_path: Path,
    backend: str,
) -> None:
    anna, ben = consoles
    number = open_chat_case(anna)
    talk = ben.services.talk
    talk.customer_message(number, "Hi, candidate 17 in room B cannot start the exam.", chat=True)
    clock.advance(seconds=40)
    anna.services.talk.agent_chat(
        number, "Hello Peter, I am looking at it. Which client version?", "Anna Agent"
    )
    clock.advance(minutes=1)
    talk.customer_message(number, "4.3.1", chat=True)
    clock.advance(seconds=5)
    talk.customer_message(
        number, "The camera preview stays black and the Start button is greyed out.", chat=True
    )
    clock.advance(minutes=2, seconds=12)

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for theme in (LIGHT, DARK):
        apply_theme(app, theme)
        themed = ChatPane(anna)
        qtbot.addWidget(themed)
        themed.resize(400, 700)
        themed.show_case(number)  # not shown yet: the unread marker stays
        qtbot.waitUntil(lambda: themed.has_composer)  # noqa: B023 (waited for at once)
        themed.composer.setPlainText("Please try the driver roll-back")
        path = tmp_path / f"chat_pane_{theme.name.value}.png"
        assert themed.grab().save(str(path))
        print(path)
    apply_theme(app, LIGHT)
    standard = open_chat_case(anna, "Globex")
    pane = ChatPane(anna)
    qtbot.addWidget(pane)
    pane.resize(400, 700)
    pane.show_case(standard)
    qtbot.waitUntil(lambda: pane.stack.currentWidget() is pane.not_entitled_label)
    path = tmp_path / "chat_pane_standard.png"
    assert pane.grab().save(str(path))
    print(path)
