"""Python's cycle collector, run on the GUI thread only.

The collector starts in whichever thread happens to allocate past its threshold,
and the database workers allocate most. When it frees a cycle that holds a Qt
object (a window, a timer, a model reached through a handler's frame), that
object is destroyed on the worker thread; Qt then complains ("Timers cannot be
stopped from another thread") or crashes. So the GUI turns automatic collection
off and collects from a timer on its own thread instead, generation by generation
when each is over the threshold Python would have used. Reference counting frees
everything that is not in a cycle at once, as before; the core's
``collector_paused`` keeps working (it re-enables the collector only if it was on).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Collects cycles on the thread it lives in (the GUI thread), never elsewhere."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self.collections = [0, 0, 0]
        self._was_enabled = gc.isenabled()

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Hand collection back as it was before :meth:`start` (a test session's end)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def collect_due(self) -> None:
        """Collect the oldest generation whose count passed Python's threshold."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            threshold = self._thresholds[generation]
            if threshold and counts[generation] >= threshold:
                gc.collect(generation)
                self.collections[generation] += 1
                return


_collector: GuiThreadCollector | None = None


def collect_on_gui_thread(parent: QObject) -> GuiThreadCollector:
    """Start (once per process) collecting cycles on ``parent``'s thread only."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector(parent)
    _collector.start()
    return _collector
