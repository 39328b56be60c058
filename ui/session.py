"""A signed-in console: the use cases over its database, the signed-in user, the
task runner that keeps database work off the GUI thread, and the live change feed
whose news arrives as Qt signals on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.exc import DBAPIError, OperationalError

from console.services.bundle import ConsoleServices
from console.services.infrastructure.feed import Change, ChangeListener, FeedStatus, latest_change_id
from console.services.readmodels.snapshots import UserView
from ui.tasks import TaskRunner

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
        runner: TaskRunner | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.user = user
        self.runner = runner or TaskRunner(parent=self)
        self._listener: ChangeListener | None = None
        self.connected = True

    def run(
        self,
        work: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Future[T]:
        """Database work on a worker thread; a lost connection is reported on
        :attr:`connection_changed` besides going to ``on_error``."""

        def failed(error: BaseException) -> None:
            if is_connection_error(error):
                self._set_connected(False, str(error).splitlines()[0])
            if on_error is not None:
                on_error(error)

        def done(result: T) -> None:
            if not self.connected and self._listener is None:
                self._set_connected(True, "")
            if on_done is not None:
                on_done(result)

        return self.runner.run(work, *args, on_done=done, on_error=failed)

    def start_live(self, after_id: int | None = None, poll_interval: float = 0.25) -> None:
        """Follow the change log from ``after_id`` (default: the newest change now)."""
        if self._listener is not None:
            return
        engine = self.services.db.engine
        start = latest_change_id(engine) if after_id is None else after_id
        self._listener = ChangeListener(
            engine, self._on_changes, self._on_status, after_id=start, poll_interval=poll_interval
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
        self.runner.shutdown()
        self.services.close()
