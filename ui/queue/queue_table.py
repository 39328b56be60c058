"""The queue's table view: a QTableView whose painting runs inside one Python call.

Qt paints a view by calling the model and the delegates once per cell and role.
When the model and the countdown delegate are written in Python, each of those
calls has to take the GIL, and while a worker thread runs Python code (the live
queue re-ordering 50,000 cases) every take waits up to a switch interval (5 ms):
a countdown tick cost half a second and a full repaint over two seconds. Entering
the paint through this Python override takes the GIL once; the model and
delegate calls made inside it find it already held.
"""

from __future__ import annotations

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QTableView


class QueueTable(QTableView):
    """The queue's QTableView; nothing but the painting entry point differs."""

    def paintEvent(self, event: QPaintEvent) -> None:
        # Not a no-op: see the module docstring (the GIL is held for the whole paint).
        super().paintEvent(event)
