"""The strip of the next cases to breach: one card per case, left to right, most
urgent first — case number, severity and plan, account, and the live countdown
in large type, its colour following the clock's state. Cards are painted by a
delegate (no widget per case) and sized so that as many as fit are shown without
a scroll bar."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from console.domain.cases import CaseSummary
from console.sla.clock import ClockReading, ClockState
from ui.theme import WALLBOARD_AMBER, WALLBOARD_GREEN, WALLBOARD_RED
from ui.wallboard.next_to_breach_model import CaseRole, ClockRole, CountdownRole, NextToBreachModel
from ui.wallboard.wallboard_style import ACCENT, BORDER, MUTED, SURFACE_RAISED, TEXT, font, scaled

_STATE_EDGES = {
    ClockState.RUNNING: ACCENT,
    ClockState.PAUSED: MUTED,
    ClockState.AT_RISK: WALLBOARD_AMBER,
    ClockState.BREACHED: WALLBOARD_RED,
    ClockState.MET: WALLBOARD_GREEN,
}
CARD_MIN_WIDTH = 250
"""Narrowest card at 1920x1080 (scaled with the window)."""
WIDEST_HEADING = "#88888  S8"
WIDEST_PLAN = "Proctored"


def card_content_height(scale: float) -> int:
    """The height a card needs at ``scale``: its heading, the account line and the
    countdown one under the other, with the card's padding — so the countdown
    never runs into the account name on a small window."""
    heading = QFontMetrics(font(21, scale, QFont.Weight.Bold)).height()
    account = QFontMetrics(font(18, scale)).height()
    countdown = QFontMetrics(font(BIG_POINTS, scale, QFont.Weight.Bold)).height()
    return heading + scaled(2, scale) + account + scaled(4, scale) + countdown + 2 * scaled(10, scale)


def card_content_width(scale: float) -> int:
    """The narrowest card at ``scale`` that shows its heading and plan unshortened."""
    heading = QFontMetrics(font(21, scale, QFont.Weight.Bold)).horizontalAdvance(WIDEST_HEADING)
    plan = QFontMetrics(font(16, scale)).horizontalAdvance(WIDEST_PLAN)
    return scaled(18, scale) + heading + scaled(10, scale) + plan + scaled(10, scale) + scaled(14, scale)


class BreachCardDelegate(QStyledItemDelegate):
    def __init__(self, strip: BreachStrip) -> None:
        super().__init__(strip)
        self.strip = strip

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return self.strip.card_size()

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        case: CaseSummary | None = index.data(CaseRole)
        if case is None:
            return
        reading: ClockReading | None = index.data(ClockRole)
        countdown: str = index.data(CountdownRole) or ""
        scale = self.strip.scale
        rect: QRect = option.rect.adjusted(0, 0, -scaled(14, scale), 0)
        edge = QColor(_STATE_EDGES[reading.state] if reading is not None else MUTED)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(BORDER), 1))
        painter.setBrush(QColor(SURFACE_RAISED))
        radius = scaled(10, scale)
        painter.drawRoundedRect(rect, radius, radius)
        bar = QRect(rect.left(), rect.top(), scaled(7, scale), rect.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(edge)
        painter.drawRoundedRect(bar, radius / 2, radius / 2)
        pad = scaled(18, scale)
        inner = rect.adjusted(pad, scaled(10, scale), -scaled(10, scale), -scaled(10, scale))
        heading = font(21, scale, QFont.Weight.Bold)
        painter.setFont(heading)
        painter.setPen(QColor(TEXT))
        line = painter.fontMetrics().height()
        title = f"#{case.number}  S{int(case.severity)}"
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            title,
        )
        room = inner.width() - painter.fontMetrics().horizontalAdvance(title) - scaled(10, scale)
        painter.setFont(font(16, scale))
        painter.setPen(QColor(MUTED))
        painter.drawText(
            QRect(inner.right() - room, inner.top(), room, line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            painter.fontMetrics().elidedText(case.plan.label.split()[0], Qt.TextElideMode.ElideRight, room),
        )
        detail = font(18, scale)
        painter.setFont(detail)
        painter.setPen(QColor(MUTED))
        small = painter.fontMetrics()
        top = inner.top() + line + scaled(2, scale)
        painter.drawText(
            QRect(inner.left(), top, inner.width(), small.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            small.elidedText(case.account_name, Qt.TextElideMode.ElideRight, inner.width()),
        )
        text, size = _fitting_countdown(countdown, inner.width(), scale)
        painter.setFont(font(size, scale, QFont.Weight.Bold))
        painter.setPen(edge)
        big = painter.fontMetrics()
        painter.drawText(
            QRect(inner.left(), inner.bottom() - big.height(), inner.width(), big.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            big.elidedText(text, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.restore()


BIG_POINTS = 34
SMALLEST_POINTS = 24


def _fitting_countdown(countdown: str, width: int, scale: float) -> tuple[str, int]:
    """The countdown as large as it fits: the whole text ("9m 34s · resumes Fri
    08:00") down to a smaller size, else its first part alone at full size (what
    is read from across the room; the at-risk tile says when support resumes)."""
    bold = QFont.Weight.Bold
    for points in range(BIG_POINTS, SMALLEST_POINTS - 1, -2):
        if QFontMetrics(font(points, scale, bold)).horizontalAdvance(countdown) <= width:
            return countdown, points
    for separator in (" · ", " — "):
        head = countdown.split(separator, 1)[0]
        if head != countdown:
            return head, BIG_POINTS
    return countdown, SMALLEST_POINTS


class BreachStrip(QListView):
    def __init__(self, model: NextToBreachModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = 1.0
        self.setModel(model)
        self.setItemDelegate(BreachCardDelegate(self))
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QListView.Shape.NoFrame)
        model.modelReset.connect(self._fit)

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        self.setFixedHeight(self.card_size().height())
        self._fit()

    def capacity(self) -> int:
        """How many cards fit side by side at the minimum width (at most ten)."""
        width = max(1, self.viewport().width())
        narrowest = max(scaled(CARD_MIN_WIDTH, self.scale), card_content_width(self.scale))
        return max(1, min(10, width // narrowest))

    def card_size(self) -> QSize:
        """Cards share the width evenly."""
        height = max(scaled(136, self.scale), card_content_height(self.scale))
        return QSize(max(1, self.viewport().width()) // self.capacity(), height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Show only the cards that fit whole: the most urgent ones, never half a card."""
        model = self.model()
        if model is None:
            return
        shown = self.capacity()
        for row in range(model.rowCount()):
            self.setRowHidden(row, row >= shown)
        self.scheduleDelayedItemsLayout()
