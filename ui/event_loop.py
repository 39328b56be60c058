"""qasync's event loop as the GUI's asyncio loop: asyncio callbacks and the
GUI's ``async def`` handlers run inside Qt's own event loop (``app.exec()``,
a dialog's ``exec()``, or the tests' ``qtbot.waitUntil``)."""

from __future__ import annotations

import asyncio

import qasync
from PySide6.QtCore import QCoreApplication


def install_event_loop(app: QCoreApplication) -> asyncio.AbstractEventLoop:
    """Make qasync's loop over ``app`` the running asyncio loop of the GUI thread
    (once; later calls return the same loop). Qt's event loop drives it."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        pass
    loop: asyncio.AbstractEventLoop = qasync.QEventLoop(app, already_running=True)
    asyncio.set_event_loop(loop)
    return loop
