"""A signed-in console: the use cases over its database, the signed-in user, the
worker that keeps database work off the GUI thread (``await session.call(...)``),
and the live change feed whose news arrives as Qt signals on the GUI thread."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.exc import DBAPIError, OperationalError

from console.services.bundle import ConsoleServices
from console.services.infrastructure.feed import Change, ChangeListener, FeedStatus, latest_change_id
from console.services.readmodels.snapshots import UserView
from ui.errors import error_text
from ui.handlers import start
from ui.worker import Worker

T = TypeVar("T")


def is_connection_error(error: BaseException) -> bool:
    """Whether ``error`` means the database could not be reached (not bad input)."""
    if isinstance(error, OperationalError):
        return True
    return isinstance(error, DBAPIError) and error.connection_invalidated


class ConsoleSession(QObject):
    """Everything a window needs to talk to the database. Signals are delivered
    on the GUI thread."""

    changes_arrived = Signal(object)  # tuple[Change, ...]
    connection_changed = Signal(bool, str)  # connected, why not

    def __init__(
        self,
        services: ConsoleServices,
        user: UserView,
        worker: Worker | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.user = user
        self.worker = worker or Worker()
        self._listener: ChangeListener | None = None
        self._following = False
        self.connected = True

    async def call(self, work: Callable[..., T], *args: Any) -> T:
        """``work(*args)`` on a worker thread, awaited on the GUI thread; a lost
        connection is also reported on :attr:`connection_changed`."""
        try:
            result = await self.worker.call(work, *args)
        except asyncio.CancelledError:
            raise
        except Exception as error:
            if is_connection_error(error):
                self._set_connected(False, error_text(error))
            raise
        if not self.connected and self._listener is None:
            self._set_connected(True, "")
        return result

    def start_live(self, after_id: int | None = None, poll_interval: float = 0.25) -> None:
        """Follow the change log from ``after_id`` (default: the newest change now,
        read on a worker thread)."""
        if self._following:
            return
        self._following = True
        start(self._follow(after_id, poll_interval))

    async def _follow(self, after_id: int | None, poll_interval: float) -> None:
        engine = self.services.db.engine
        first = after_id
        while first is None:
            try:
                first = await self.worker.call(latest_change_id, engine)
            except asyncio.CancelledError:
                raise
            except Exception as error:  # the listener reports the connection from now on
                if not is_connection_error(error):
                    raise
                self._set_connected(False, error_text(error))
                await asyncio.sleep(poll_interval * 4)
        if self.worker.closed:
            return
        self._listener = ChangeListener(
            engine, self._on_changes, self._on_status, after_id=first, poll_interval=poll_interval
        )
        self._listener.start()

    def _on_changes(self, changes: Sequence[Change]) -> None:  # listener thread
        self.changes_arrived.emit(tuple(changes))

    def _on_status(self, status: FeedStatus) -> None:  # listener thread
        self.connection_changed.emit(status.connected, status.message)

    def _set_connected(self, connected: bool, message: str) -> None:
        if connected != self.connected:
            self.connected = connected
            self.connection_changed.emit(connected, message)

    def close(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        self.worker.shutdown()
        self.services.close()
