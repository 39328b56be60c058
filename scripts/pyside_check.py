"""Fails (exit 1) when the installed PySide6 leaks references to None/True on this
Python (PySide6 6.12.0 on CPython 3.11 does, and crashes after a few thousand Qt
calls). A broken build loses one reference per call, so the check makes 1,000 calls
and calls a build broken only when it lost at least half as many: a stray -1 from
an unrelated object freed during the loop (seen once in CI) is not a verdict."""

import gc
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

CALLS = 1000


class _Emitter(QObject):
    fired = Signal()


def main() -> int:
    app = QApplication.instance() or QApplication([])
    widget, emitter = QWidget(), _Emitter()
    gc.collect()
    gc.disable()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(CALLS):
        widget.setMinimumWidth(3)
        emitter.fired.emit()
    lost_none = none_before - sys.getrefcount(None)
    lost_true = true_before - sys.getrefcount(True)
    gc.enable()
    healthy = lost_none < CALLS // 2 and lost_true < CALLS // 2
    verdict = "OK" if healthy else "BROKEN: pin PySide6 below 6.12 on Python 3.11"
    print(
        f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]}: "
        f"{lost_none:+d} None, {lost_true:+d} True lost in {CALLS} calls -> {verdict}"
    )
    del app
    sys.stdout.flush()
    # Skip interpreter teardown: a broken build would crash there on the stolen references.
    os._exit(0 if healthy else 1)


if __name__ == "__main__":
    main()
