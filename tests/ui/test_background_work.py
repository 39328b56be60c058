"""The GUI's background work: the worker answers coroutines on the GUI thread,
work runs on worker threads, errors arrive as raised exceptions, a shut-down
worker cancels its callers; the newest answer wins; and the guard that fails a
GUI test when ``ui`` code runs SQL on the GUI thread does notice it."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text

from tests.support.gui_thread_guard import GuiThreadGuard
from ui.errors import error_text
from ui.handlers import Latest, OneAtATime, start
from ui.worker import Worker


def on_worker_thread() -> bool:
    return threading.current_thread() is not threading.main_thread()


def test_work_runs_on_a_worker_thread_and_its_answer_on_the_gui_thread(qtbot: QtBot) -> None:
    worker = Worker(workers=1)
    seen: list[tuple[bool, bool]] = []

    async def handler() -> None:
        ran_off_gui = await worker.call(on_worker_thread)
        seen.append((ran_off_gui, on_worker_thread()))

    start(handler())
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(True, False)]
    worker.shutdown()


def test_an_error_is_raised_in_the_handler(qtbot: QtBot) -> None:
    worker = Worker(workers=1)
    caught: list[str] = []

    def fail(message: str) -> None:
        raise ValueError(message)

    async def handler() -> None:
        try:
            await worker.call(fail, "no such case\nsecond line")
        except ValueError as error:
            caught.append(error_text(error))

    start(handler())
    qtbot.waitUntil(lambda: bool(caught))
    assert caught == ["no such case"]
    worker.shutdown()


def test_a_shut_down_worker_cancels_its_callers_and_finally_runs(qtbot: QtBot) -> None:
    worker = Worker(workers=1)
    release = threading.Event()
    steps: list[str] = []

    async def handler() -> None:
        try:
            await worker.call(release.wait, 5)
            steps.append("answered")
        finally:
            steps.append("finally")

    task = start(handler())
    qtbot.waitUntil(lambda: worker.pending == 1)
    worker.shutdown()
    release.set()
    qtbot.waitUntil(task.done)
    assert task.cancelled() and steps == ["finally"]


def test_only_the_newest_answer_is_used(qtbot: QtBot) -> None:
    worker = Worker(workers=2)
    latest = Latest()
    slow_may_finish = threading.Event()
    shown: list[str] = []

    def slow() -> str:
        slow_may_finish.wait(5)
        return "old"

    async def load(work: Callable[[], str]) -> None:
        shown.append(await worker.call(work))

    old = latest.run(load(slow))
    qtbot.waitUntil(lambda: worker.pending == 1)
    new = latest.run(load(lambda: "new"))
    qtbot.waitUntil(new.done)
    slow_may_finish.set()
    assert shown == ["new"] and old.cancelled() and not latest.running
    worker.shutdown()


def test_requests_while_loading_make_one_more_load(qtbot: QtBot) -> None:
    loads: list[int] = []
    gate = asyncio.Event()

    async def load() -> None:
        loads.append(len(loads))
        await gate.wait()

    one = OneAtATime(load)
    one.request()
    qtbot.waitUntil(lambda: loads == [0])
    one.request()
    one.request()
    gate.set()
    qtbot.waitUntil(lambda: loads == [0, 1] and not one.running)


def test_the_guard_notices_sql_from_gui_code_on_the_gui_thread(
    engine: Engine, gui_thread_guard: GuiThreadGuard
) -> None:
    with engine.connect() as connection:  # a test's own set-up: not GUI code
        connection.execute(text("SELECT 1"))
    assert gui_thread_guard.offences == []
    from ui import errors

    code = compile("with engine.connect() as c:\n    c.execute(text('SELECT 2'))\n", errors.__file__, "exec")
    exec(code, {"engine": engine, "text": text})  # runs as if written in ui/errors.py
    assert any("SELECT 2" in offence for offence in gui_thread_guard.offences)
    gui_thread_guard.clear()  # noticed; the test itself passes


def test_a_cancelled_load_is_not_run_again(qtbot: QtBot) -> None:
    loads: list[int] = []
    gate = asyncio.Event()

    async def load() -> None:
        loads.append(len(loads))
        await gate.wait()

    one = OneAtATime(load)
    one.request()
    qtbot.waitUntil(lambda: loads == [0])
    one.request()
    one.cancel()
    qtbot.waitUntil(lambda: not one.running)
    qtbot.wait(50)
    assert loads == [0]
