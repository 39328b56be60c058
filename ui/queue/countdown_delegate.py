"""The SLA cell of the queue: the operational time left until the first response is
due, and a thin bar below it showing how much of the target is used, in the colour
of the clock's state (running, at risk, breached, met, paused). The delegate paints
on top of the ordinary item painting (selection, focus, alternating rows), so the
cell behaves like every other; the text itself comes from the pure
:func:`countdown_text`, which the model also uses for its display role.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from console.sla.clock import ClockReading, ClockState
from ui.queue.clock_text import countdown_text
from ui.queue.queue_model import ClockRole
from ui.theme import current_theme

__all__ = ["CountdownDelegate", "countdown_text"]

_BAR_HEIGHT = 3
_PADDING = 8
_SELECTED = QStyle.StateFlag.State_Selected
_TEXT_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
# Text takes the state's colour only where the state is news; calm states are muted.
_ALARM = frozenset({ClockState.AT_RISK, ClockState.BREACHED})
_CALM = frozenset({ClockState.PAUSED, ClockState.MET})


# The theme's colours as QColor objects, made once per theme (paint is hot):
# (per state, muted text, bar track, bar track on a selected row).
_Colors = tuple[dict[ClockState, QColor], QColor, QColor, QColor]
_COLOR_CACHE: dict[str, _Colors] = {}


def _colors() -> _Colors:
    theme = current_theme()
    colors = _COLOR_CACHE.get(theme.name.value)
    if colors is None:
        colors = _COLOR_CACHE[theme.name.value] = (
            {state: theme.state_color(state) for state in ClockState},
            QColor(theme.muted),
            QColor(theme.border),
            QColor(theme.selection_track),
        )
    return colors


class CountdownDelegate(QStyledItemDelegate):
    """Paints the SLA column: the countdown text and a used-time bar."""

    def __init__(self, parent: QWidget | None = None, time_zone: tzinfo | None = None) -> None:
        super().__init__(parent)
        # The support calendar's zone: its wall clock goes beside a resume time.
        self.time_zone = time_zone

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Leave the view's option as it is: the style draws only the background,
        selection and focus here, while text and bar are painted below. The base
        class would ask the model for seven roles per cell (Python calls, a third
        of a countdown tick) just to have the text cleared again."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)  # background, selection, focus; no text
        reading: ClockReading | None = index.data(ClockRole)
        state_colors, muted, track, selected_track = _colors()
        selected = bool(option.state & _SELECTED)
        rect: QRect = option.rect
        left = rect.left() + _PADDING
        width = rect.width() - 2 * _PADDING
        palette = option.palette
        painter.save()
        try:
            if selected:
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            elif reading is None or reading.state in _CALM:
                painter.setPen(muted)
            elif reading.state in _ALARM:
                painter.setPen(state_colors[reading.state])
            else:
                painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.setFont(option.font)
            text_rect = QRect(left, rect.top(), width, rect.height() - _BAR_HEIGHT - 2)
            text = option.fontMetrics.elidedText(
                countdown_text(reading, self.time_zone), Qt.TextElideMode.ElideRight, width
            )
            painter.drawText(text_rect, _TEXT_FLAGS, text)
            if reading is not None:
                bar = QRect(left, rect.bottom() - _BAR_HEIGHT - 2, width, _BAR_HEIGHT)
                painter.fillRect(bar, selected_track if selected else track)
                used = min(1.0, max(0.0, reading.used_fraction))
                filled = round(width * used)
                if filled > 0:
                    color = state_colors[reading.state]
                    if selected and reading.state is ClockState.RUNNING:
                        # the running colour is the selection colour: white shows on it
                        color = palette.color(QPalette.ColorRole.HighlightedText)
                    painter.fillRect(QRect(left, bar.top(), filled, _BAR_HEIGHT), color)
        finally:
            painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        metrics = option.fontMetrics
        sample = countdown_text(index.data(ClockRole), self.time_zone)
        width = max(
            metrics.horizontalAdvance(sample), metrics.horizontalAdvance("paused — resumes Mon 08:00")
        )
        return QSize(width + 2 * _PADDING, metrics.height() + _BAR_HEIGHT + 12)
