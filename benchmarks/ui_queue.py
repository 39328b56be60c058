"""The queue view with many open cases, on SQLite: (a) the time from nothing to
the first paint of a QueueView showing the whole queue; (b) the time of a
countdown tick for the rows in sight; (c) the longest stall of the GUI thread
while another process commits changes (new cases and customer chat messages)
ten times a second, followed live the way the console does it: a change
listener thread, a Qt signal to the GUI thread, ``LiveQueue.apply`` and the
filter awaited from a worker thread by an async handler on qasync's loop,
``set_rows`` on the GUI thread. Prints figures; the
targets are first paint < 2 s, tick < 5 ms, no stall > 100 ms.

    QT_QPA_PLATFORM=offscreen python benchmarks/ui_queue.py [--cases 50000] [--seconds 10]
"""

from __future__ import annotations

import argparse
import collections
import gc
import itertools
import multiprocessing
import os
import statistics
import sys
import threading
import time
import traceback
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from _databases import percentile, small_organisation, temporary_database
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from console.demo.loadgen import fill_open_cases
from console.services.bundle import ConsoleServices
from console.services.infrastructure.database import Database
from console.services.infrastructure.feed import Change, ChangeListener, latest_change_id
from console.services.readmodels.live_queue import LiveQueue
from console.services.readmodels.queue import QueueRow, QueueSnapshot
from console.storage.engine import create_engine_for
from ui.gui_runtime import prepare_gui_thread
from ui.handlers import start as start_handler
from ui.queue.queue_filter_spec import QueueFilterSpec, apply_filter
from ui.queue.queue_view import QueueView
from ui.worker import Worker, favour_gui_thread

USER_ID = 1
APPLY_DELAY_MS = 150  # as ui/main_window.py: a burst of changes is applied as one


class StallSampler:
    """--diagnose: a thread that, while the GUI thread is late, notes where it is
    (and the cycle collector's pauses), to find what stalls it."""

    def __init__(self) -> None:
        self.beat = time.perf_counter()
        self.active = False
        self.stacks: collections.Counter[str] = collections.Counter()
        self.gc_pauses: list[tuple[float, int, str]] = []
        self.events: list[tuple[float, str]] = []
        self._gc_started: dict[int, float] = {}
        self._main = threading.get_ident()
        threading.Thread(target=self._run, daemon=True, name="stall-sampler").start()
        gc.callbacks.append(self._gc)

    def _gc(self, phase: str, info: dict[str, int]) -> None:
        ident = threading.get_ident()
        if phase == "start":
            self._gc_started[ident] = time.perf_counter()
            return
        took = time.perf_counter() - self._gc_started.pop(ident, time.perf_counter())
        if self.active and took > 0.02:
            self.gc_pauses.append((took, info["generation"], threading.current_thread().name))
            self.note(
                f"gc gen {info['generation']} {took * 1000:.0f} ms in {threading.current_thread().name}"
            )

    def note(self, what: str) -> None:
        if self.active:
            self.events.append((time.perf_counter(), what))

    def _run(self) -> None:
        while True:
            time.sleep(0.01)
            if not self.active or time.perf_counter() - self.beat < 0.05:
                continue
            for ident, frame in sys._current_frames().items():
                if ident == threading.get_ident():
                    continue
                stack = traceback.extract_stack(frame)[-5:]
                name = "GUI" if ident == self._main else "other"
                self.stacks[f"{name}: " + " <- ".join(f"{f.name}:{f.lineno}" for f in reversed(stack))] += 1

    def report(self) -> None:
        print("    where the threads were while the GUI thread was late (samples every 10 ms):")
        for stack, count in self.stacks.most_common(10):
            print(f"      {count:4d}  {stack}")
        beats = [moment for moment, what in self.events if what == "beat"]
        stalls = sorted(
            ((end - start, start, end) for start, end in itertools.pairwise(beats)), reverse=True
        )[:3]
        for took, start, end in stalls:
            print(f"    stall of {took * 1000:.0f} ms; what happened in it:")
            for moment, what in self.events:
                if start < moment < end:
                    print(f"      {(moment - start) * 1000:7.1f} ms  {what}")
        pauses = sorted(self.gc_pauses, reverse=True)[:8]
        print(
            "    longest cycle-collector pauses: "
            + ", ".join(f"{t * 1000:.0f} ms (gen {g}, {n})" for t, g, n in pauses)
        )


def writer(url: str, seconds: float, rate: float, ready: multiprocessing.synchronize.Event) -> None:
    """Another console: opens Premier cases and sends customer chat messages on them."""
    svc = ConsoleServices(Database(create_engine_for(url)))
    try:
        ready.set()
        interval = 1.0 / rate
        started = time.perf_counter()
        last_number: int | None = None
        done = 0
        while time.perf_counter() - started < seconds:
            if last_number is None or done % 2 == 0:
                case = svc.cases.open_case("Premier Co 1", 2, f"Benchmark case {done}", body="It broke.")
                last_number = case.number
            else:
                svc.talk.customer_message(last_number, f"Any news? ({done})", chat=True)
            done += 1
            pause = started + done * interval - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
    finally:
        svc.close()


class Bridge(QObject):
    """Hands the listener thread's changes to the GUI thread."""

    arrived = Signal(object)


class PaintWatch(QObject):
    """Notes when the table's viewport is painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = 0
        self.sampler: StallSampler | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted += 1
            if self.sampler is not None:
                self.sampler.note("viewport paint event")
        return False


def filtered(snapshot: QueueSnapshot, spec: QueueFilterSpec) -> tuple[QueueSnapshot, list[QueueRow]]:
    return snapshot, apply_filter(snapshot.rows, spec, USER_ID)


def first_paint(app: QApplication, url: str) -> tuple[QueueView, LiveQueue, dict[str, float]]:
    svc = ConsoleServices(Database(create_engine_for(url)))
    started = time.perf_counter()
    live = LiveQueue(svc.queue)
    snapshot = live.load()
    loaded = time.perf_counter()
    view = QueueView()
    view.resize(1280, 800)
    watch = PaintWatch()
    view.table.viewport().installEventFilter(watch)
    _, rows = filtered(snapshot, view.current_filter())
    filtered_at = time.perf_counter()
    view.set_rows(rows, snapshot.programme, snapshot.now)
    set_at = time.perf_counter()
    view.show()
    while not watch.painted:
        app.processEvents()
    painted = time.perf_counter()
    figures = {
        "load": loaded - started,
        "filter": filtered_at - loaded,
        "set_rows": set_at - filtered_at,
        "paint": painted - set_at,
        "total": painted - started,
        "rows": float(len(rows)),
    }
    view._bench_watch = watch  # type: ignore[attr-defined]  # keep the filter alive
    return view, live, figures


def ticks(app: QApplication, view: QueueView, count: int = 100) -> tuple[list[float], list[float]]:
    """Per tick: the model's work alone, and the work plus the repaint it causes."""
    now = view.model.now or datetime.now(UTC)
    model_times: list[float] = []
    with_paint: list[float] = []
    for index in range(count):
        moment = now + timedelta(seconds=index + 1)
        began = time.perf_counter()
        view.tick(moment)
        ticked = time.perf_counter()
        app.processEvents()
        painted = time.perf_counter()
        model_times.append(ticked - began)
        with_paint.append(painted - began)
    return model_times, with_paint


def live_stalls(
    app: QApplication,
    view: QueueView,
    live: LiveQueue,
    url: str,
    seconds: float,
    rate: float,
    sampler: StallSampler | None = None,
    freeze: bool = False,
) -> None:
    engine = live.queue.db.engine
    worker = Worker(workers=2)  # awaited by an async handler on qasync's loop, as in the console
    bridge = Bridge()
    pending: list[Change] = []
    busy = False
    applied: list[float] = []
    set_rows_times: list[float] = []
    delivered = 0
    spec = view.current_filter()

    def apply_changes(changes: list[Change]) -> tuple[QueueSnapshot, list[QueueRow]]:
        if freeze:
            # What console/services/snapshots.collector_paused could do on exit: move
            # the freshly built (acyclic) snapshot into the permanent generation
            # instead of letting the next collections traverse 300,000 objects.
            gc.disable()
            try:
                snapshot, _changed = live.apply(changes)
            finally:
                gc.freeze()
                gc.enable()
        else:
            snapshot, _changed = live.apply(changes)
        if sampler is not None:
            sampler.note("worker: LiveQueue.apply done")
        result = filtered(snapshot, spec)
        if sampler is not None:
            sampler.note("worker: filter done")
        return result

    def start_apply() -> None:
        nonlocal busy
        if busy or not pending:
            return
        busy = True
        batch = pending[:]
        pending.clear()
        began = time.perf_counter()
        if sampler is not None:
            sampler.note(f"apply of {len(batch)} changes starts")

        start_handler(apply(batch, began))

    async def apply(batch: list[Change], began: float) -> None:
        nonlocal busy, delivered
        snapshot, rows = await worker.call(apply_changes, batch)  # shown on the GUI thread
        applied.append(time.perf_counter() - began)
        set_began = time.perf_counter()
        if sampler is not None:
            sampler.note("apply done; set_rows starts")
        view.set_rows(rows, snapshot.programme, snapshot.now)
        set_rows_times.append(time.perf_counter() - set_began)
        if sampler is not None:
            sampler.note("set_rows done")
        delivered += len(batch)
        busy = False
        if pending:
            QTimer.singleShot(APPLY_DELAY_MS, start_apply)

    def arrived(changes: tuple[Change, ...]) -> None:
        if sampler is not None:
            sampler.note(f"{len(changes)} changes arrived")
        pending.extend(changes)
        if not busy:
            QTimer.singleShot(APPLY_DELAY_MS, start_apply)

    bridge.arrived.connect(arrived, Qt.ConnectionType.QueuedConnection)
    listener = ChangeListener(
        engine,
        lambda changes: bridge.arrived.emit(tuple(changes)),
        after_id=latest_change_id(engine),
        poll_interval=0.2,
    )
    listener.start()

    # the stall meter: a 10 ms timer; a late timeout means the GUI thread was busy
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = clock.nsecsElapsed()

    def beat() -> None:
        nonlocal last
        now_ns = clock.nsecsElapsed()
        gaps.append((now_ns - last) / 1e6 - 10.0)
        last = now_ns
        if sampler is not None:
            sampler.beat = time.perf_counter()
            sampler.note("beat")

    meter = QTimer()
    meter.setTimerType(Qt.TimerType.PreciseTimer)
    meter.timeout.connect(beat)
    meter.start(10)

    def tick() -> None:
        if sampler is not None:
            sampler.note("tick starts")
        view.tick(datetime.now(UTC))
        if sampler is not None:
            sampler.note("tick done")

    ticker = QTimer()
    ticker.timeout.connect(tick)
    ticker.start(1000)

    context = multiprocessing.get_context("spawn")
    ready = context.Event()
    process = context.Process(target=writer, args=(url, seconds, rate, ready), daemon=True)
    process.start()
    ready.wait(30)
    began = time.perf_counter()
    last = clock.nsecsElapsed()
    gaps.clear()
    if sampler is not None:
        sampler.active = True
    while process.is_alive() or (time.perf_counter() - began < seconds + 2 and (pending or busy)):
        app.processEvents()
        time.sleep(0.001)
    # let the last changes arrive and be applied
    settle = time.perf_counter()
    while time.perf_counter() - settle < 1.5:
        app.processEvents()
        time.sleep(0.001)
    if sampler is not None:
        sampler.active = False
    meter.stop()
    ticker.stop()
    listener.stop()
    worker.shutdown()
    process.join(5)
    worst = max(gaps) if gaps else float("nan")
    print(
        f"(c) live updates for {seconds:.0f} s at {rate:.0f} commits/s from another process: "
        f"{delivered} changes applied in {len(applied)} batches; "
        f"LiveQueue.apply + filter on a worker: median {statistics.median(applied) * 1000:.0f} ms, "
        f"max {max(applied) * 1000:.0f} ms; set_rows on the GUI thread: median "
        f"{statistics.median(set_rows_times) * 1000:.1f} ms, max {max(set_rows_times) * 1000:.1f} ms"
        if applied
        else f"(c) no change arrived in {seconds:.0f} s"
    )
    over = sum(1 for gap in gaps if gap > 100)
    print(
        f"    GUI-thread stall (10 ms timer, gap minus 10 ms): longest {worst:.1f} ms, "
        f"p99 {percentile(gaps, 0.99):.1f} ms, median {percentile(gaps, 0.5):.1f} ms, "
        f"{over} of {len(gaps)} gaps over 100 ms (target: none over 100 ms)"
    )
    if sampler is not None:
        sampler.report()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--rate", type=float, default=10.0, help="commits per second by the other process")
    parser.add_argument("--diagnose", action="store_true", help="sample where the GUI thread stalls")
    parser.add_argument(
        "--freeze-snapshots",
        action="store_true",
        help="an extra gc.freeze() after each LiveQueue.apply (LiveQueue already freezes what it builds)",
    )
    parser.add_argument(
        "--switch-interval",
        type=float,
        default=None,
        help="sys.setswitchinterval in milliseconds (default: what the console sets, 1 ms; Python's own is 5)",
    )
    args = parser.parse_args(argv)
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval / 1000)
    else:
        favour_gui_thread()
    print(f"GIL switch interval {sys.getswitchinterval() * 1000:g} ms")
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    prepare_gui_thread(app, favour=False)  # as ui.app (the switch interval is set above)
    with temporary_database("sqlite") as url:
        small_organisation(url, 2)
        db = Database(create_engine_for(url))
        began = time.perf_counter()
        fill_open_cases(db, args.cases, datetime.now(UTC))
        db.close()
        print(f"{args.cases:,} open cases on SQLite (filled in {time.perf_counter() - began:.1f} s)")

        view, live, figures = first_paint(app, url)
        print(
            f"(a) first paint of the queue view: {figures['total']:.2f} s (target < 2 s) = "
            f"LiveQueue.load {figures['load']:.2f} s + filter {figures['filter'] * 1000:.0f} ms + "
            f"set_rows {figures['set_rows'] * 1000:.0f} ms + show and paint {figures['paint'] * 1000:.0f} ms "
            f"({int(figures['rows']):,} rows)"
        )
        first, last = view.visible_row_range()
        model_times, with_paint = ticks(app, view)
        print(
            f"(b) countdown tick for the {last - first + 1} visible rows, 100 ticks: model "
            f"median {statistics.median(model_times) * 1000:.2f} ms, max {max(model_times) * 1000:.2f} ms; "
            f"with the repaint median {statistics.median(with_paint) * 1000:.2f} ms, "
            f"max {max(with_paint) * 1000:.2f} ms (target < 5 ms)"
        )
        sampler = StallSampler() if args.diagnose else None
        view._bench_watch.sampler = sampler  # type: ignore[attr-defined]
        live_stalls(app, view, live, url, args.seconds, args.rate, sampler, args.freeze_snapshots)
        view.close()
        live.queue.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
