"""Switching the theme (Ctrl+Shift+L) with a case and its chat open: the text of
the case timeline and of every chat bubble must be readable against what it is
drawn on at once, light to dark and back, read from the colours the documents
actually use (WCAG contrast of at least 4.5:1)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QTextBrowser
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.storage.engine import create_engine_for
from ui.main_window import MainWindow
from ui.session import ConsoleSession
from ui.theme import DARK, LIGHT, ThemeName, apply_theme, current_theme

pytestmark = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)


def luminance(colour: QColor) -> float:
    """WCAG relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _background_at(document: QTextDocument, position: int, page: QColor) -> QColor:
    """The colour behind the character at ``position``: the innermost table cell's
    or table's background, else the page's."""
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    table = cursor.currentTable()
    if table is not None:
        cell = table.cellAt(cursor)
        brush = cell.format().background()
        if brush.style().value != 0:
            return brush.color()
        brush = table.format().background()
        if brush.style().value != 0:
            return brush.color()
    return page


def text_contrasts(browser: QTextBrowser) -> list[tuple[str, float, str, str]]:
    """(text, contrast, foreground, background) for every run of visible text."""
    document = browser.document()
    page = browser.viewport().palette().color(QPalette.ColorRole.Base)
    default = browser.viewport().palette().color(QPalette.ColorRole.Text)
    found: list[tuple[str, float, str, str]] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            text = fragment.text().strip()
            if text:
                brush = fragment.charFormat().foreground()
                fore = brush.color() if brush.style().value != 0 else default
                back = _background_at(document, fragment.position(), page)
                found.append((text, contrast(fore, back), fore.name(), back.name()))
            iterator += 1
        block = block.next()
    return found


def unreadable(browser: QTextBrowser) -> list[tuple[str, float, str, str]]:
    return [item for item in text_contrasts(browser) if item[1] < 4.5]


@pytest.fixture
def app_theme() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, LIGHT)
    yield app
    apply_theme(app, LIGHT)


@pytest.fixture
def window(
    qtbot: QtBot, database_url: URL, tmp_path: Path, app_theme: QApplication
) -> Iterator[tuple[MainWindow, int]]:
    """The console of Anna with a Premier case open: a customer message, a reply,
    an internal note and a chat in both directions."""
    setup = ConsoleServices(Database(create_engine_for(database_url)))
    setup.accounts.add_user("Anna Agent", "agent", languages=["en"])
    setup.accounts.add_account("Initech", "premier")
    setup.accounts.add_contact("Initech", "Peter Gibbons", "peter@initech.example")
    case = setup.cases.open_case("Initech", 2, "Candidate cannot start the exam", body="Help please")
    setup.cases.claim_next("Anna Agent")
    setup.talk.reply(case.number, "Which browser do you use?", "Anna Agent")
    setup.talk.note(case.number, "Probably the proctoring plug-in", "Anna Agent")
    setup.talk.customer_message(case.number, "The camera stays black", chat=True)
    setup.talk.agent_chat(case.number, "Please try the driver roll-back", "Anna Agent")
    setup.close()
    services = ConsoleServices(Database(create_engine_for(database_url)))
    session = ConsoleSession(services, services.accounts.user("Anna Agent"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(session, settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.start()
    qtbot.waitUntil(lambda: win.snapshot is not None, timeout=10_000)
    win.open_case(case.number)
    qtbot.waitUntil(lambda: "driver roll-back" in win.chat_pane.transcript.toPlainText(), timeout=10_000)
    qtbot.waitUntil(lambda: "driver roll-back" in win.case_view.timeline.toPlainText(), timeout=10_000)
    yield win, case.number
    win.close()


def test_message_text_stays_readable_through_theme_switches(
    qtbot: QtBot, window: tuple[MainWindow, int], tmp_path: Path
) -> None:
    win, _ = window
    timeline, transcript = win.case_view.timeline, win.chat_pane.transcript
    assert current_theme().name is ThemeName.LIGHT
    assert unreadable(timeline) == []
    assert unreadable(transcript) == []
    for expected in (ThemeName.DARK, ThemeName.LIGHT, ThemeName.DARK):
        win.theme_action.trigger()  # what Ctrl+Shift+L does
        QApplication.processEvents()
        assert current_theme().name is expected
        for browser in (timeline, transcript):
            texts = text_contrasts(browser)
            assert any("Peter Gibbons" in t for t, *_ in texts)
            assert any("Anna Agent" in t for t, *_ in texts)
            assert unreadable(browser) == [], (expected, browser.objectName())
        win.grab().save(str(tmp_path / f"console_{expected.value}.png"))


def test_text_colours_come_from_the_theme_in_force(qtbot: QtBot, window: tuple[MainWindow, int]) -> None:
    """Not only readable: the message text is the theme's own text colour."""
    win, _ = window
    win.theme_action.trigger()
    QApplication.processEvents()
    bodies = {t: fore for t, _, fore, _ in text_contrasts(win.chat_pane.transcript)}
    assert bodies["The camera stays black"] == QColor(DARK.text).name()
    bodies = {t: fore for t, _, fore, _ in text_contrasts(win.case_view.timeline)}
    assert bodies["Which browser do you use?"] == QColor(DARK.text).name()
