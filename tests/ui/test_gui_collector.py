"""Cycles are collected on the GUI thread only: a cycle dropped by a worker thread
that then allocates heavily is not freed there but by the GUI's timer."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.gui_collector import GuiThreadCollector


class Node:
    """One half of a reference cycle that records where it was freed."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.partner: Node | None = None

    def __del__(self) -> None:
        Node.freed_on.append(threading.current_thread().name)


def test_a_cycle_dropped_on_a_worker_is_freed_on_the_gui_thread(qtbot: QtBot, qapp: QApplication) -> None:
    was_enabled = gc.isenabled()
    collector = GuiThreadCollector(qapp, interval_ms=20)
    collector.start()
    try:
        Node.freed_on.clear()
        kept: list[list[int]] = []

        def worker() -> None:
            first, second = Node(), Node()
            first.partner, second.partner = second, first
            del first, second
            kept.extend([index] for index in range(200_000))  # far past gen0's threshold

        thread = threading.Thread(target=worker, name="db-worker-test")
        thread.start()
        thread.join()
        assert Node.freed_on == []  # not collected on the worker
        qtbot.waitUntil(lambda: len(Node.freed_on) == 2, timeout=5_000)
        assert Node.freed_on == [threading.main_thread().name] * 2
        kept.clear()
    finally:
        collector.stop()
        assert gc.isenabled() is was_enabled
