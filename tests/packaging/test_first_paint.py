"""The start-up probe the packaging test and the start-up benchmark use: only
when asked for, one line at the first painted window, then every event loop
ends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ui.first_paint import ENV_EXIT_AFTER_PAINT, FIRST_PAINT_PREFIX, watch_first_paint


def test_nothing_is_watched_unless_asked(qapp: QApplication) -> None:
    assert watch_first_paint(qapp, {}) is None
    assert watch_first_paint(qapp, {ENV_EXIT_AFTER_PAINT: "0"}) is None


def test_the_first_painted_window_is_reported_once_and_ends_the_loops(
    qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    exits: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    probe = watch_first_paint(qapp, {ENV_EXIT_AFTER_PAINT: "1"})
    assert probe is not None
    window = QLabel("Support Console")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: exits == [0])
    window.repaint()  # a later paint is not reported again
    qtbot.wait(20)
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith(FIRST_PAINT_PREFIX)]
    assert len(lines) == 1 and lines[0].startswith(f"{FIRST_PAINT_PREFIX}QLabel after ")
    assert exits == [0]
