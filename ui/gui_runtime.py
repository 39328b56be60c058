"""What the GUI thread needs before any window opens, in one call for every way
the GUI runs (the console, the screenshot script, the benchmarks, the tests):
qasync's event loop for the ``async def`` handlers, Python's cycle collector on
the GUI thread only, and the interpreter handed to the GUI thread sooner."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ui.event_loop import install_event_loop
from ui.gui_collector import GuiThreadCollector, collect_on_gui_thread
from ui.worker import favour_gui_thread


@dataclass(frozen=True)
class GuiRuntime:
    loop: asyncio.AbstractEventLoop
    collector: GuiThreadCollector


def prepare_gui_thread(app: QCoreApplication, favour: bool = True) -> GuiRuntime:
    """Call once, on the GUI thread, right after the application object exists.
    ``favour=False`` leaves the interpreter's switch interval as it is (a
    benchmark that sets its own)."""
    if favour:
        favour_gui_thread()
    loop = install_event_loop(app)
    return GuiRuntime(loop, collect_on_gui_thread(app))
