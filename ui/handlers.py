"""Starting the GUI's ``async def`` handlers, and the one rule for loads: one
load at a time, the newest answer wins.

A handler is started with :func:`start` from a slot (a click, a timer); it
awaits the session's worker and reads top to bottom. Its task is kept until it
ends (asyncio itself keeps only weak references); an error it does not handle
is logged, a cancelled handler (its window closed) ends quietly."""

from __future__ import annotations

import asyncio
import inspect
import weakref
from collections.abc import Callable, Coroutine
from typing import Any

from console.logs import get_logger

log = get_logger(__name__)

_running: set[asyncio.Task[Any]] = set()


def start(handler: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
    """Run ``handler`` on the GUI's event loop."""
    task = asyncio.ensure_future(handler)
    _running.add(task)
    task.add_done_callback(_finished)
    return task


def _finished(task: asyncio.Task[Any]) -> None:
    _running.discard(task)
    if task.cancelled():
        return
    error = task.exception()
    if error is not None:
        log.error("GUI handler failed: %s", error, exc_info=error)


def running_handlers() -> int:
    """Handlers started and not yet ended (for tests and diagnostics)."""
    return len(_running)


class ErrorShown(asyncio.CancelledError):
    """The handler's error is already in front of the person (a status line); the
    handler ends here, quietly."""


class Latest:
    """The newest answer wins: :meth:`run` cancels the load still on its way (its
    answer would be stale; the work on the worker thread finishes unheard) and
    starts the new one."""

    def __init__(self) -> None:
        self._task: asyncio.Task[Any] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def run(self, load: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        self.cancel()
        task = self._task = start(load)
        task.add_done_callback(self._ended)
        return task

    def _ended(self, task: asyncio.Task[Any]) -> None:
        # A finished task (a cancelled one keeps its traceback, whose frames hold
        # the window) is let go here, on the GUI thread: kept, it would tie the
        # window into a reference cycle that the cycle collector may free on a
        # worker thread.
        if self._task is task:
            self._task = None

    def cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None


class OneAtATime:
    """One load at a time: :meth:`request` starts ``load`` unless it runs; a
    request while it runs makes it run once more when it ends (reading the
    inputs of that moment), so the last request is always answered."""

    def __init__(self, load: Callable[[], Coroutine[Any, Any, None]]) -> None:
        # A window's own method, held weakly: held strongly, the window would sit
        # in a reference cycle (window -> this -> method -> window), freed only by
        # the cycle collector, which may run on a worker thread.
        self._load: Callable[[], Callable[[], Coroutine[Any, Any, None]] | None] = (
            weakref.WeakMethod(load) if inspect.ismethod(load) else (lambda: load)
        )
        self._task: asyncio.Task[Any] | None = None
        self.again = False

    @property
    def running(self) -> bool:
        return self._task is not None

    def request(self) -> None:
        if self._task is not None:
            self.again = True
            return
        self.again = False
        self._task = start(self._run())

    def cancel(self) -> None:
        """Drop the load on its way and any asked for (the window is closing)."""
        self.again = False
        if self._task is not None:
            self._task.cancel()

    async def _run(self) -> None:
        try:
            load = self._load()
            if load is not None:
                await load()
        finally:
            self._task = None
        if self.again:
            self.request()
