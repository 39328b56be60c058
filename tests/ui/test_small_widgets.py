"""Small drawing faults (issue 9, point 5), in both themes: drop-down arrows drawn
without a dark bracket, a combo box's text stopping before its arrow (the sign-in
path), and the calendar tab's "Reason (optional)" placeholder shown whole."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.storage.engine import create_engine_for
from console.storage.profiles import ProfileStore
from ui.session import ConsoleSession
from ui.settings.admin_window import AdminWindow
from ui.theme import DARK, LIGHT, Theme, apply_theme


@pytest.fixture
def app() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield app
    apply_theme(app, LIGHT)


def _combo(qtbot: QtBot, text: str) -> tuple[QWidget, QComboBox]:
    holder = QWidget()
    qtbot.addWidget(holder)
    combo = QComboBox(holder)
    combo.addItem(text)
    combo.resize(260, 34)
    holder.resize(280, 50)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, combo


def _arrow_rect(combo: QComboBox) -> tuple[int, int]:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    style = combo.style()
    field = style.subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    arrow = style.subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, combo
    )
    return field.right(), arrow.left()


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=lambda t: t.name.value)
def test_combo_arrow_has_no_dark_bracket_and_text_stops_before_it(
    qtbot: QtBot, app: QApplication, theme: Theme, tmp_path: Path
) -> None:
    apply_theme(app, theme)
    _holder, combo = _combo(
        qtbot, "Local — SQLite file /home/someone/.local/share/support-console/console.sqlite3"
    )
    field_right, arrow_left = _arrow_rect(combo)
    assert field_right < arrow_left
    image = combo.grab().toImage()
    image.save(str(tmp_path / f"combo_{theme.name.value}.png"))
    # Right of the text field, frame included: only the theme's own colours (base,
    # border, window, the muted arrow) and blends between them. Qt's default arrow
    # came with a dark bracket, darker than any of them in the light theme.
    names = (theme.base, theme.border, theme.window, theme.muted)
    lightness = [QColor(name).lightness() for name in names]
    low, high = min(lightness) - 8, max(lightness) + 8
    for x in range(arrow_left, combo.width()):
        for y in range(combo.height()):
            colour = image.pixelColor(x, y)
            assert low <= colour.lightness() <= high, (x, y, colour.name())


@pytest.fixture
def admin(qtbot: QtBot, database_url: URL, tmp_path: Path) -> Iterator[Callable[[int], AdminWindow]]:
    setup = ConsoleServices(Database(create_engine_for(database_url)))
    setup.accounts.add_user("Ada Admin", "admin")
    setup.close()
    services = ConsoleServices(Database(create_engine_for(database_url)))
    session = ConsoleSession(services, services.accounts.user("Ada Admin"))
    windows: list[AdminWindow] = []

    def make(width: int) -> AdminWindow:
        settings = QSettings(str(tmp_path / "admin.ini"), QSettings.Format.IniFormat)
        win = AdminWindow(session, settings, ProfileStore(tmp_path / "profiles"))
        qtbot.addWidget(win)
        win.resize(width, 720)
        win.show()
        win.start()
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.close()
    session.close()


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=lambda t: t.name.value)
def test_calendar_reason_placeholder_is_shown_whole(
    qtbot: QtBot, app: QApplication, admin: Callable[[int], AdminWindow], theme: Theme, tmp_path: Path
) -> None:
    apply_theme(app, theme)
    win = admin(1024)
    tab = win.calendar_tab
    win.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.stale and tab.busy == 0, timeout=10_000)
    QApplication.processEvents()
    edit = tab.closure_reason
    placeholder = edit.placeholderText()
    room = edit.width() - 2 * 8 - 2 - 4  # style sheet padding, border, QLineEdit's own margin
    assert edit.fontMetrics().horizontalAdvance(placeholder) <= room, (edit.width(), placeholder)
    win.grab().save(str(tmp_path / f"calendar_{theme.name.value}.png"))
