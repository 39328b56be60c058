"""Every main window on the laptops agents use (1280×720, 1366×768) and on a
full-HD screen, over the demo data: the window keeps the size it is given (the
console does not grow when a case opens), no visible widget overlaps a sibling,
and nothing that must be read is cut short — filter buttons, column titles,
tile captions, the breach cards and the trend chart's axis labels (or the chart
gives way with a note). Rendering only, so SQLite alone."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import Qt as QtGuiQt  # Qt.mightBeRichText lives in QtGui's Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QLabel,
    QMainWindow,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.support.demo_windows import VIEW_USERS
from ui.main_window import MainWindow
from ui.session import ConsoleSession
from ui.theme import LIGHT, apply_theme
from ui.views import View, create_view, start_view
from ui.widgets.screen_fit import fit_to_screen, restore_geometry

SIZES = [QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)]
SIZE_IDS = [f"{s.width()}x{s.height()}" for s in SIZES]


@pytest.fixture
def light() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, LIGHT)
    yield


def settle(qtbot: QtBot, ms: int = 300) -> None:
    qtbot.wait(ms)


# -- the checks ---------------------------------------------------------------------------------


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def overlaps(window: QWidget) -> list[str]:
    """Visible sibling widgets whose rectangles intersect (popups and overlays aside)."""
    found: list[str] = []
    for parent in [window, *window.findChildren(QWidget)]:
        if not _shown(parent, window) and parent is not window:
            continue
        if isinstance(parent, QAbstractScrollArea):
            continue  # the viewport and scroll bars are placed by Qt itself
        children = [
            child
            for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if not child.isWindow() and _shown(child, window) and not child.property("overlay")
        ]
        for i, first in enumerate(children):
            for second in children[i + 1 :]:
                common: QRect = first.geometry().intersected(second.geometry())
                if common.width() > 1 and common.height() > 1:
                    found.append(f"{_name(first)} overlaps {_name(second)} in {_name(parent)}")
    return found


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    return f"{type(widget).__name__}({widget.objectName() or text[:30]!r})"


def cut_short(window: QWidget) -> list[str]:
    """Texts shown narrower than they need: buttons and one-line labels squeezed
    below their size hint, and column titles wider than their column."""
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() < widget.sizeHint().width():
                found.append(f"{_name(widget)} {widget.width()} < {widget.sizeHint().width()} px")
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            if widget.textFormat() is Qt.TextFormat.PlainText or not QtGuiQt.mightBeRichText(widget.text()):
                need = widget.fontMetrics().horizontalAdvance(widget.text()) + widget.contentsMargins().left()
                if widget.contentsRect().width() + widget.contentsMargins().left() < need:
                    found.append(f"{_name(widget)} {widget.contentsRect().width()} < {need} px")
        elif isinstance(widget, QHeaderView) and widget.orientation() is Qt.Orientation.Horizontal:
            model = widget.model()
            if model is None:
                continue
            metrics = QFontMetrics(widget.font())
            for section in range(widget.count()):
                if widget.isSectionHidden(section):
                    continue
                title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                need = metrics.horizontalAdvance(title) + 12
                if title and widget.sectionSize(section) < need:
                    found.append(f"column {title!r} {widget.sectionSize(section)} < {need} px")
    return found


def check_window(window: QWidget, size: QSize) -> None:
    assert window.size() == size, f"the window is {window.size()}, not the {size} it was given"
    hint = window.minimumSizeHint()
    assert hint.width() <= size.width() and hint.height() <= size.height(), f"it needs {hint}"
    assert overlaps(window) == []
    assert cut_short(window) == [], "; ".join(cut_short(window))


def show_at(qtbot: QtBot, window: QWidget, size: QSize) -> None:
    qtbot.addWidget(window)
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)


# -- the console -------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_console_uses_the_width_it_is_given(
    qtbot: QtBot,
    light: None,
    demo_session: Callable[[str | None], ConsoleSession],
    tmp_path: Path,
    size: QSize,
) -> None:
    settings = QSettings(str(tmp_path / "console.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo_session(None), settings)
    show_at(qtbot, window, size)
    window.start()
    qtbot.waitUntil(lambda: window.queue_view.model.rowCount() > 0, timeout=20_000)
    settle(qtbot)
    # no case: the queue has the whole width, no empty case or chat pane beside it
    assert not window.case_side.isVisible()
    assert window.queue_view.width() >= size.width() - 40
    check_window(window, size)

    window.open_case(window.queue_view.model.case_at(0).number)
    qtbot.waitUntil(lambda: window.case_view.detail is not None, timeout=20_000)
    settle(qtbot, 500)
    assert window.case_side.isVisible()
    check_window(window, size)  # it did not grow
    header = window.queue_view.table.horizontalHeader()
    from ui.queue.queue_model import QueueColumn

    for column in (QueueColumn.SLA, QueueColumn.SEVERITY, QueueColumn.ACCOUNT, QueueColumn.SUBJECT):
        assert not header.isSectionHidden(int(column))
        assert header.sectionViewportPosition(int(column)) + header.sectionSize(int(column)) <= (
            window.queue_view.table.viewport().width()
        ), f"{column.name} is scrolled out of sight"
    subject = header.sectionSize(int(QueueColumn.SUBJECT))
    assert subject >= QFontMetrics(window.queue_view.table.font()).horizontalAdvance("x" * 24)
    grab = window.grab()
    assert grab.save(str(tmp_path / f"console-{size.width()}.png"))
    window.close()


def test_the_chat_comes_forward_with_its_shortcut(
    qtbot: QtBot, light: None, demo_session: Callable[[str | None], ConsoleSession], tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "console.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo_session(None), settings)
    show_at(qtbot, window, QSize(1280, 720))
    window.start()
    qtbot.waitUntil(lambda: window.queue_view.model.rowCount() > 0, timeout=20_000)
    window.open_case(window.queue_view.model.case_at(0).number)
    qtbot.waitUntil(lambda: window.case_view.detail is not None, timeout=20_000)
    assert not window.chat_pane.isVisible()  # the case comes first
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.chat_pane.isVisible(), timeout=2000)
    QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.case_view.reply_edit.isVisible(), timeout=2000)
    window.close_case()
    assert not window.case_side.isVisible()
    window.close()


def test_a_new_console_opens_within_the_screen_and_a_restored_one_is_clamped(
    qtbot: QtBot, demo_session: Callable[[str | None], ConsoleSession], tmp_path: Path
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    screen = window.screen() or QApplication.primaryScreen()
    assert screen is not None
    area = screen.availableGeometry()
    fit_to_screen(window, area.width() + 300, area.height() + 200)
    assert area.contains(window.frameGeometry())
    big = QMainWindow()
    qtbot.addWidget(big)
    big.setGeometry(area.x() + 50, area.y() + 40, area.width() + 500, area.height() + 400)
    saved = big.saveGeometry()
    restore_geometry(window, saved, 1600, 1000)
    assert window.width() <= area.width() and window.height() <= area.height()
    assert area.contains(window.frameGeometry())
    # and the console itself goes through it
    settings = QSettings(str(tmp_path / "console.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/geometry", saved)
    console = MainWindow(demo_session(None), settings)
    qtbot.addWidget(console)
    assert console.width() <= area.width() and console.height() <= area.height()
    console.close()


# -- the other windows ------------------------------------------------------------------------


def open_view(
    qtbot: QtBot,
    demo_session: Callable[[str | None], ConsoleSession],
    tmp_path: Path,
    view: View,
    size: QSize,
) -> QWidget:
    settings = QSettings(str(tmp_path / f"{view.value}.ini"), QSettings.Format.IniFormat)
    window = create_view(view, demo_session(VIEW_USERS[view]), settings)
    show_at(qtbot, window, size)
    start_view(window)
    settle(qtbot, 2500)
    return window


@pytest.mark.parametrize(
    ("size", "panel"),
    [
        *((size, False) for size in SIZES),
        (QSize(1024, 640), False),
        (QSize(1280, 720), True),
        (QSize(1920, 1080), True),
    ],
    ids=[*SIZE_IDS, "1024x640", "1280x720-lead-panel", "1920x1080-lead-panel"],
)
def test_wallboard_parts_stay_legible_or_give_way(
    qtbot: QtBot,
    light: None,
    demo_session: Callable[[str | None], ConsoleSession],
    tmp_path: Path,
    size: QSize,
    panel: bool,
) -> None:
    from ui.wallboard.breach_strip import card_content_height
    from ui.wallboard.trend_chart import MIN_PLOT_HEIGHT
    from ui.wallboard.wallboard_window import WallboardWindow

    QSettings(str(tmp_path / "wallboard.ini"), QSettings.Format.IniFormat).setValue(
        "wallboard/lead_panel", "true" if panel else "false"
    )
    window = open_view(qtbot, demo_session, tmp_path, View.WALLBOARD, size)
    assert isinstance(window, WallboardWindow)
    assert window.lead_panel.isVisible() == panel
    assert window.figures is not None
    check_window(window, size)
    for tile in window.tiles.values():
        caption = tile.caption
        metrics = caption.fontMetrics()
        words = caption.text().split() if caption.wordWrap() else [caption.text()]
        assert max(metrics.horizontalAdvance(word) for word in words) <= caption.contentsRect().width()
        assert tile.detail.height() >= tile.detail.heightForWidth(tile.detail.width()), "detail cut off"
        if caption.wordWrap():  # wrapped, every line shows
            assert caption.height() >= caption.heightForWidth(caption.width())
    strip = window.breach_strip
    assert strip.card_size().height() >= card_content_height(strip.scale)
    if window.trend.isVisible():
        assert window.trend.chart_.plotArea().height() >= MIN_PLOT_HEIGHT
        axis = window.trend.x_axis
        label = QFontMetrics(axis.labelsFont()).horizontalAdvance("30 Nov")
        gap = window.trend.chart_.plotArea().width() / max(1, axis.tickCount() - 1)
        assert gap >= label + 8, "the day labels would be shortened to '…'"
        assert not window.trend_note.isVisible()
    else:
        assert window.trend_note.isVisible()
        assert window.trend_note.text() == "30-day trend hidden: window too small"
    assert window.grab().save(str(tmp_path / f"wallboard-{size.width()}{'-panel' if panel else ''}.png"))
    window.close()


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("view", [View.COCKPIT, View.REPORTS, View.ADMIN], ids=lambda v: v.value)
def test_other_windows_fit(
    qtbot: QtBot,
    light: None,
    demo_session: Callable[[str | None], ConsoleSession],
    tmp_path: Path,
    view: View,
    size: QSize,
) -> None:
    window = open_view(qtbot, demo_session, tmp_path, view, size)
    check_window(window, size)
    assert window.grab().save(str(tmp_path / f"{view.value}-{size.width()}.png"))
    window.close()


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_with_no_case_open_the_queue_shows_every_column(
    qtbot: QtBot,
    light: None,
    demo_session: Callable[[str | None], ConsoleSession],
    tmp_path: Path,
    size: QSize,
) -> None:
    """Columns step aside only for want of room: a queue with the whole width of a
    laptop has room for all of them (and gets them back when a case is closed)."""
    from ui.queue.queue_model import QueueColumn

    settings = QSettings(str(tmp_path / "console.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo_session(None), settings)
    show_at(qtbot, window, size)
    window.start()
    qtbot.waitUntil(lambda: window.queue_view.model.rowCount() > 0, timeout=20_000)
    settle(qtbot)
    header = window.queue_view.table.horizontalHeader()

    def hidden() -> list[str]:
        return [column.name for column in QueueColumn if header.isSectionHidden(int(column))]

    assert hidden() == []
    window.open_case(window.queue_view.model.case_at(0).number)
    qtbot.waitUntil(lambda: window.case_view.detail is not None, timeout=20_000)
    settle(qtbot, 500)
    window.close_case()
    settle(qtbot, 500)
    assert hidden() == []
    window.close()
