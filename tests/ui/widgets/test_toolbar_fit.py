"""A toolbar shows its icons beside the texts while every button fits, and its
texts alone when they would not (never icons alone)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QToolBar
from pytestqt.qtbot import QtBot

from ui.widgets.action_icons import action_icon
from ui.widgets.toolbar_fit import ToolbarFit

NAMES = ("claim-next", "refresh", "unknown-senders", "wallboard", "cockpit", "reports", "help")


def _window(qtbot: QtBot) -> tuple[QMainWindow, QToolBar, ToolbarFit]:
    window = QMainWindow()
    qtbot.addWidget(window)
    toolbar = QToolBar(window)
    fit = ToolbarFit(toolbar)
    window.addToolBar(toolbar)
    for name in NAMES:
        toolbar.addAction(QAction(action_icon(name), f"Action called {name}", window))
    window.show()
    return window, toolbar, fit


def test_icons_stay_beside_the_texts_while_they_fit(qtbot: QtBot) -> None:
    window, toolbar, fit = _window(qtbot)
    window.resize(fit.width_with_icons() + 40, 300)
    qtbot.waitUntil(lambda: toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon)


def test_a_narrow_window_drops_the_icons_and_keeps_the_texts(qtbot: QtBot) -> None:
    window, toolbar, fit = _window(qtbot)
    wide = fit.width_with_icons()
    window.resize(wide - 60, 300)
    qtbot.waitUntil(lambda: toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly)
    assert fit.width_with_icons() == wide  # the same measure in either style
    window.resize(wide + 40, 300)
    qtbot.waitUntil(lambda: toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
