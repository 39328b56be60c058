"""The one way the GUI does database work: on worker threads, with the result (or
the error) handed back to a callback on the GUI thread. The GUI thread never waits
on the database; callbacks receive frozen snapshots, never ORM objects."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger("ui.tasks")

# Python hands the interpreter from thread to thread every 5 ms by default; while a
# worker builds a large queue, every call from Qt into Python (a paint, a tick)
# then waits up to that long, and a repaint of many cells adds up to a visible
# stall. At 1 ms the GUI thread gets its turn five times sooner (measured with
# benchmarks/ui_queue.py: longest stall under live changes 150 ms -> 23 ms).
GUI_SWITCH_INTERVAL_S = 0.001


def favour_gui_thread() -> None:
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)


T = TypeVar("T")
DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class TaskRunner(QObject):
    """Runs callables on a small thread pool; ``on_done``/``on_error`` run on the
    thread this object lives in (the GUI thread)."""

    _finished = Signal(object, object, object, object)  # on_done, on_error, result, error
    busy_changed = Signal(int)

    def __init__(self, workers: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="db-worker")
        self._pending = 0
        self._closed = False
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        return self._pending

    def run(
        self,
        work: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorCallback | None = None,
    ) -> Future[T]:
        """Start ``work(*args)`` on a worker thread."""
        if self._closed:
            # The window is closing: late timers may still ask; nothing more runs.
            late: Future[T] = Future()
            late.cancel()
            return late
        future = self._pool.submit(work, *args)
        self._pending += 1
        self.busy_changed.emit(self._pending)

        def finished(done: Future[T]) -> None:
            error = done.exception()
            result = None if error is not None else done.result()
            if not self._closed:
                self._finished.emit(on_done, on_error, result, error)

        future.add_done_callback(finished)
        return future

    @Slot(object, object, object, object)
    def _deliver(self, on_done: Any, on_error: Any, result: Any, error: Any) -> None:
        self._pending -= 1
        self.busy_changed.emit(self._pending)
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                log.error("background task failed: %s", error, exc_info=error)
            return
        if on_done is not None:
            on_done(result)

    def shutdown(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=False, cancel_futures=True)
