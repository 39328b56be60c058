"""The queue's channel column: a case that came by email shows an envelope drawn by
the theme, with "Email" as its tooltip and accessible text (a console case says
"Console"); the column sorts, is narrow, titled by a mark with a tooltip, and
painting it asks the model for nothing but the case."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.domain.cases import Channel
from console.services.infrastructure.programme import Programme
from console.services.readmodels.queue import QueueRow, build_rows
from tests.support.ui_clock import UI_NOW, CaseFactory
from ui.queue.channel_icons import ChannelIcons
from ui.queue.queue_model import QueueColumn, QueueModel
from ui.queue.queue_view import QueueView
from ui.theme import DARK, LIGHT, apply_theme


def channel_rows(make_case: CaseFactory, programme: Programme) -> list[QueueRow]:
    cases = [
        make_case(1, channel=Channel.EMAIL, subject="TPS reports fail to print"),
        make_case(2),
        make_case(3, channel=Channel.EMAIL),
    ]
    return build_rows(cases, programme, UI_NOW)


def test_the_channel_is_a_word_for_tooltips_and_screen_readers(
    make_case: CaseFactory, ui_programme: Programme
) -> None:
    model = QueueModel()
    model.set_rows(channel_rows(make_case, ui_programme), ui_programme, UI_NOW)
    email = model.index(model.row_of_number(1) or 0, QueueColumn.CHANNEL)
    console = model.index(model.row_of_number(2) or 0, QueueColumn.CHANNEL)
    assert email.data(Qt.ItemDataRole.ToolTipRole) == "Email"
    assert email.data(Qt.ItemDataRole.AccessibleTextRole) == "Email"
    assert console.data(Qt.ItemDataRole.ToolTipRole) == "Console"
    # no text in the cell: the delegate draws the mark
    assert email.data(Qt.ItemDataRole.DisplayRole) is None
    assert model.headerData(QueueColumn.CHANNEL, Qt.Orientation.Horizontal) == "Channel"
    row_tip = model.index(model.row_of_number(1) or 0, QueueColumn.SUBJECT).data(Qt.ItemDataRole.ToolTipRole)
    assert "Email" in row_tip


def test_the_channel_column_sorts(make_case: CaseFactory, ui_programme: Programme) -> None:
    model = QueueModel()
    model.set_rows(channel_rows(make_case, ui_programme), ui_programme, UI_NOW)
    model.sort(QueueColumn.CHANNEL, Qt.SortOrder.AscendingOrder)
    assert [model.case_at(r).channel for r in range(3)] == [Channel.CONSOLE, Channel.EMAIL, Channel.EMAIL]
    model.sort(QueueColumn.CHANNEL, Qt.SortOrder.DescendingOrder)
    assert model.case_at(0).channel is Channel.EMAIL


def _ink(image: QImage) -> int:
    """How many pixels of ``image`` are not transparent."""
    return sum(
        1 for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).alpha() > 0
    )


def test_the_marks_are_drawn_in_each_theme() -> None:
    for theme in (LIGHT, DARK):
        icons = ChannelIcons(theme)
        for channel in Channel:
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected):
                image = icons.icon(channel).pixmap(16, 16, mode).toImage()
                assert _ink(image) > 20, (theme.name, channel, mode)
    light = ChannelIcons(LIGHT).icon(Channel.EMAIL).pixmap(16, 16).toImage()
    dark = ChannelIcons(DARK).icon(Channel.EMAIL).pixmap(16, 16).toImage()
    assert light != dark  # each theme's own colour


def test_the_view_shows_a_narrow_titled_channel_column(
    qtbot: QtBot, make_case: CaseFactory, ui_programme: Programme
) -> None:
    view = QueueView()
    qtbot.addWidget(view)
    view.resize(1366, 500)
    view.show()
    qtbot.waitExposed(view)
    view.set_rows(channel_rows(make_case, ui_programme), ui_programme, UI_NOW)
    header = view.table.horizontalHeader()
    column = int(QueueColumn.CHANNEL)
    assert not header.isSectionHidden(column)
    assert header.sectionSize(column) <= 48
    titles = header.model()
    assert titles is not None
    assert isinstance(
        titles.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole), QIcon
    )
    assert "email" in str(titles.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
    # the envelope is painted in the cell (and again on a selected row)
    rect = view.table.visualRect(view.model.index(0, column))
    before = view.table.viewport().grab(rect).toImage()
    view.select_case(view.model.case_at(0).number)
    qtbot.wait(50)
    after = view.table.viewport().grab(rect).toImage()
    assert before != after
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, DARK)
    try:
        qtbot.wait(50)
        assert view.table.viewport().grab(rect).toImage() != after
    finally:
        apply_theme(app, LIGHT)
