"""The GUI's worker: blocking database work runs on a small thread pool and the
GUI thread awaits it (``result = await worker.call(work, *args)``) without ever
waiting on the database itself.

What a worker thread may hold: ``work`` and its arguments (services and plain
data, never widgets), and a mailbox that knows only the event loop. Everything
that leads to a widget — the awaiting coroutine, its asyncio future — stays on
the GUI thread, so a worker thread never drops the last reference to a widget
(Qt objects must be destroyed on the thread they live in). The outcome of a job,
error included, is put in the mailbox and let go by the worker before the GUI
thread can see it: when the GUI re-raises an error (whose traceback then points
at a handler's frame and its widget), no worker thread still refers to it."""

from __future__ import annotations

import asyncio
import itertools
import queue
import sys
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

# Python hands the interpreter from thread to thread every 5 ms by default; while a
# worker builds a large queue, every call from Qt into Python (a paint, a tick)
# then waits up to that long, and a repaint of many cells adds up to a visible
# stall. At 1 ms the GUI thread gets its turn five times sooner (measured with
# benchmarks/ui_queue.py: longest stall under live changes 150 ms -> 23 ms).
GUI_SWITCH_INTERVAL_S = 0.001


def favour_gui_thread() -> None:
    """Give the GUI thread the interpreter sooner while workers run (once, at start)."""
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)


T = TypeVar("T")

Outcome = tuple[int, Any, BaseException | None]  # job number, result, error


class _Mailbox:
    """The only object a worker thread shares with the GUI thread: the finished
    jobs' outcomes and the loop to wake. It refers to its worker weakly."""

    def __init__(self, loop: asyncio.AbstractEventLoop, owner: Worker) -> None:
        self.loop = loop
        self.outcomes: queue.SimpleQueue[Outcome] = queue.SimpleQueue()
        self._owner = weakref.ref(owner)

    def wake(self) -> None:  # on a worker thread
        self.loop.call_soon_threadsafe(self.deliver)

    def deliver(self) -> None:  # on the GUI thread
        owner = self._owner()
        while True:
            try:
                number, result, error = self.outcomes.get_nowait()
            except queue.Empty:
                return
            if owner is not None:
                owner._settle(number, result, error)
            del result, error


def _attempt(work: Callable[..., Any], args: tuple[Any, ...]) -> tuple[Any, BaseException | None]:
    try:
        return work(*args), None
    except BaseException as error:  # handed to the awaiting coroutine, which raises it
        return None, error


def _run_job(mailbox: _Mailbox, number: int, work: Callable[..., Any], args: tuple[Any, ...]) -> None:
    """On a worker thread: run ``work`` and hand its outcome over. The outcome is a
    temporary passed straight into the queue (no local name keeps it), so once the
    GUI thread can take it, this thread no longer refers to it."""
    mailbox.outcomes.put((number, *_attempt(work, args)))
    mailbox.wake()


class Worker:
    """Runs blocking callables on worker threads for coroutines on the GUI thread."""

    def __init__(self, workers: int = 4) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="db-worker")
        self._waiting: dict[int, asyncio.Future[Any]] = {}
        self._numbers = itertools.count(1)
        self._mailbox: _Mailbox | None = None
        self._closed = False

    @property
    def pending(self) -> int:
        """Jobs started and not yet answered."""
        return len(self._waiting)

    @property
    def closed(self) -> bool:
        return self._closed

    async def call(self, work: Callable[..., T], *args: Any) -> T:
        """``work(*args)`` on a worker thread; its result, or its error raised here.
        ``work`` and ``args`` must not hold widgets. After :meth:`shutdown` (the
        window is closing) nothing more runs and the caller is cancelled."""
        if self._closed:
            raise asyncio.CancelledError("the worker is shut down")
        loop = asyncio.get_running_loop()
        if self._mailbox is None or self._mailbox.loop is not loop:
            self._mailbox = _Mailbox(loop, self)
        number = next(self._numbers)
        waiter: asyncio.Future[T] = loop.create_future()
        self._waiting[number] = waiter
        try:
            self._pool.submit(_run_job, self._mailbox, number, work, args)
            return await waiter
        finally:
            self._waiting.pop(number, None)
            # The waiter holds the error raised here, whose traceback holds this
            # frame and the awaiting handler's (and its widget): no cycle back.
            del waiter

    def _settle(self, number: int, result: Any, error: BaseException | None) -> None:
        waiter = self._waiting.pop(number, None)
        if waiter is None or waiter.done():
            return
        if error is not None:
            waiter.set_exception(error)
        else:
            waiter.set_result(result)

    def shutdown(self) -> None:
        """No more work: running jobs finish unheard, their callers are cancelled."""
        self._closed = True
        waiting, self._waiting = self._waiting, {}
        for waiter in waiting.values():
            waiter.cancel()
        self._pool.shutdown(wait=False, cancel_futures=True)
