"""The countdown cell: its words for each clock state, and its painting (the used
time bar in the state's colour)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from console.sla.clock import ClockReading, ClockState
from ui.queue.countdown_delegate import CountdownDelegate, countdown_text
from ui.queue.queue_model import ClockRole
from ui.theme import LIGHT

BERLIN = ZoneInfo("Europe/Berlin")
DUE = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
# Monday 2026-11-30 08:00 in Berlin (CET)
MONDAY_8 = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)


def reading(
    state: ClockState,
    remaining: int,
    target: int = 4 * 3600,
    resumes_at: datetime | None = None,
    responded_at: datetime | None = None,
) -> ClockReading:
    return ClockReading(state, DUE, remaining, target, resumes_at, responded_at)


@pytest.mark.parametrize(
    ("clock", "text"),
    [
        (reading(ClockState.RUNNING, 3900), "1h 05m"),
        (reading(ClockState.RUNNING, 750), "12m 30s"),
        (reading(ClockState.AT_RISK, 600), "10m 00s"),
        (reading(ClockState.AT_RISK, 42), "42s"),
        (reading(ClockState.BREACHED, -1500), "breached +25m"),
        (reading(ClockState.BREACHED, -3900, responded_at=DUE), "breached +1h 05m"),
        (reading(ClockState.MET, 720, responded_at=DUE), "met · 12m to spare"),
        (reading(ClockState.PAUSED, 7200, resumes_at=MONDAY_8), "paused — resumes Mon 08:00 CET"),
        (reading(ClockState.AT_RISK, 600, resumes_at=MONDAY_8), "10m 00s · resumes Mon 08:00 CET"),
        (None, "no SLA · paid add-on"),
    ],
)
def test_countdown_text(clock: ClockReading | None, text: str) -> None:
    assert countdown_text(clock, BERLIN) == text


def test_paused_text_is_local_time_with_the_calendar_time(new_york: ZoneInfo) -> None:
    clock = reading(ClockState.PAUSED, 7200, resumes_at=MONDAY_8)
    assert countdown_text(clock, BERLIN) == "paused — resumes Mon 02:00 EST (08:00 CET)"
    assert countdown_text(clock, None) == "paused — resumes Mon 02:00 EST"


def paint(delegate: CountdownDelegate, clock: ClockReading | None, selected: bool = False) -> QImage:
    model = QStandardItemModel(1, 1)
    item = QStandardItem()
    item.setData(clock, ClockRole)
    model.setItem(0, 0, item)
    image = QImage(QSize(240, 32), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 240, 32)
    option.palette = QApplication.palette()
    option.state = QStyle.StateFlag.State_Enabled
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    painter = QPainter(image)
    try:
        delegate.paint(painter, option, model.index(0, 0))
    finally:
        painter.end()
    return image


def close(a: QColor, b: QColor, tolerance: int = 24) -> bool:
    pairs = ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()))
    return all(abs(x - y) <= tolerance for x, y in pairs)


@pytest.mark.parametrize(
    "clock",
    [
        reading(ClockState.RUNNING, 3 * 3600),
        reading(ClockState.AT_RISK, 600),
        reading(ClockState.BREACHED, -1500),
        reading(ClockState.MET, 720, responded_at=DUE),
        reading(ClockState.PAUSED, 7200, resumes_at=MONDAY_8),
    ],
    ids=lambda clock: clock.state.value,
)
def test_paints_the_bar_in_the_state_colour(qtbot: QtBot, clock: ClockReading) -> None:
    delegate = CountdownDelegate(time_zone=BERLIN)
    image = paint(delegate, clock)
    # the bar: 3 px high, 2 px above the bottom, from the left padding
    pixel = image.pixelColor(10, 32 - 1 - 2 - 2)
    assert close(pixel, LIGHT.state_color(clock.state)), (pixel.name(), clock.state)
    # and some text was drawn above it
    assert any(image.pixelColor(x, 14) != QColor("white") for x in range(8, 120))


def test_paints_selected_rows_and_cases_without_clock(qtbot: QtBot) -> None:
    delegate = CountdownDelegate(time_zone=BERLIN)
    selected = paint(delegate, reading(ClockState.BREACHED, -1500), selected=True)
    assert close(selected.pixelColor(10, 27), LIGHT.state_color(ClockState.BREACHED))
    blank = paint(delegate, None)
    assert close(blank.pixelColor(10, 27), QColor("white"))  # no bar without a clock


def test_size_hint_fits_the_longest_text(qtbot: QtBot) -> None:
    delegate = CountdownDelegate(time_zone=BERLIN)
    model = QStandardItemModel(1, 1)
    option = QStyleOptionViewItem()
    hint = delegate.sizeHint(option, model.index(0, 0))
    assert hint.width() >= option.fontMetrics.horizontalAdvance("paused — resumes Mon 08:00")
    assert option.fontMetrics.height() < hint.height() < 60
