"""Giving the GUI thread its turn (:func:`favour_gui_thread`), and the
callback-style :class:`TaskRunner` that the sign-in dialog uses before a session
exists: work on worker threads, the result (or the error) handed back to a
callback on the GUI thread. A signed-in console's windows await the session's
worker instead (:mod:`ui.worker`, ``await session.call(...)``)."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from console.logs import get_logger

log = get_logger(__name__)

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

    _finished = Signal(int, object, object)  # task number, result, error
    busy_changed = Signal(int)

    def __init__(self, workers: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="db-worker")
        # The callbacks stay here, on the GUI thread: a worker thread never holds a
        # reference to a widget, so no widget can be freed on a worker thread (Qt
        # objects must be destroyed on the thread they live in; doing otherwise
        # crashed the GUI tests at random when a window closed with work in flight).
        self._callbacks: dict[int, tuple[DoneCallback | None, ErrorCallback | None]] = {}
        self._numbers = itertools.count(1)
        self._closed = False
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def run(
        self,
        work: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorCallback | None = None,
    ) -> Future[T]:
        """Start ``work(*args)`` on a worker thread. ``work`` and ``args`` must not
        hold widgets (pass services and plain data): they are released on the
        worker thread."""
        if self._closed:
            # The window is closing: late timers may still ask; nothing more runs.
            late: Future[T] = Future()
            late.cancel()
            return late
        number = next(self._numbers)
        self._callbacks[number] = (on_done, on_error)
        future = self._pool.submit(work, *args)
        self.busy_changed.emit(self.pending)
        finished = self._finished

        def done(task: Future[T]) -> None:
            if task.cancelled():
                return
            error = task.exception()
            finished.emit(number, None if error is not None else task.result(), error)

        future.add_done_callback(done)
        return future

    @Slot(int, object, object)
    def _deliver(self, number: int, result: Any, error: Any) -> None:
        callbacks = self._callbacks.pop(number, None)
        if callbacks is None or self._closed:
            return
        self.busy_changed.emit(self.pending)
        on_done, on_error = callbacks
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
        self._callbacks.clear()
        self._pool.shutdown(wait=False, cancel_futures=True)
