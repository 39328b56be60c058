"""Starting the GUI's ``async def`` handlers, and the one rule for loads: one
load at a time, the newest answer wins.

A handler is started with :func:`start` from a slot (a click, a timer); it
awaits the session's worker and reads top to bottom. Its task is kept until it
ends (asyncio itself keeps only weak references); an error it does not handle
is logged, a cancelled handler (its window closed) ends quietly."""

from __future__ import annotations

import asyncio
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
        self._task = start(load)
        return self._task

    def cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None


class OneAtATime:
    """One load at a time: :meth:`request` starts ``load`` unless it runs; a
    request while it runs makes it run once more when it ends (reading the
    inputs of that moment), so the last request is always answered."""

    def __init__(self, load: Callable[[], Coroutine[Any, Any, None]]) -> None:
        self._load = load
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
            await self._load()
        finally:
            self._task = None
        if self.again:
            self.request()
