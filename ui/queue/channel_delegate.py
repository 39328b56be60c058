"""The channel cell of the queue: the case's channel as a mark drawn by the theme
(:mod:`ui.queue.channel_icons`), centred, on top of the ordinary item painting
(selection, focus, alternating rows). The model answers the word ("Email",
"Console") as the cell's tooltip and accessible text, and the channel itself
under :data:`ui.queue.queue_model.CaseRole`'s summary."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import QIcon, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from console.domain.cases import CaseSummary
from ui.queue.channel_icons import ICON_SIZE, channel_icons
from ui.queue.queue_model import CaseRole
from ui.theme import current_theme

_SELECTED = QStyle.StateFlag.State_Selected
_PADDING = 8


class ChannelDelegate(QStyledItemDelegate):
    """Paints the channel column: an envelope for email, a screen for the console."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Leave the view's option as it is: the style draws only the background,
        selection and focus; the mark is painted below (and the base class would
        ask the model for seven roles per cell, each a call into Python)."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)  # background, selection, focus
        case: CaseSummary | None = index.data(CaseRole)
        if case is None:
            return
        rect: QRect = option.rect
        mode = QIcon.Mode.Selected if option.state & _SELECTED else QIcon.Mode.Normal
        target = QRect(rect.left() + _PADDING, rect.center().y() - ICON_SIZE // 2 + 1, ICON_SIZE, ICON_SIZE)
        channel_icons(current_theme()).icon(case.channel).paint(painter, target, mode=mode)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(ICON_SIZE + 2 * _PADDING, max(ICON_SIZE, option.fontMetrics.height()) + 12)
