"""Paints a TAM note: a muted line with author and times, the body wrapped below,
and a thin accent bar beside the signed-in user's own notes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.accounts.note_model import HeaderRole, MineRole
from ui.theme import current_theme

_PAD = 8
_BAR = 3
_WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
    return small


class NoteDelegate(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # header and body are painted below

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        theme = current_theme()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        rect: QRect = option.rect.adjusted(_PAD + _BAR, _PAD, -_PAD, -_PAD)
        painter.save()
        try:
            if index.data(MineRole):
                painter.fillRect(
                    QRect(option.rect.left() + 3, option.rect.top() + 6, _BAR, option.rect.height() - 12),
                    QColor(theme.accent) if not selected else text_color,
                )
            small = _small(option.font)
            header_height = QFontMetrics(small).height()
            painter.setFont(small)
            painter.setPen(text_color if selected else QColor(theme.muted))
            painter.drawText(
                QRect(rect.left(), rect.top(), rect.width(), header_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                str(index.data(HeaderRole) or ""),
            )
            painter.setFont(option.font)
            painter.setPen(text_color)
            body_rect = QRect(rect.left(), rect.top() + header_height + 3, rect.width(), rect.height())
            painter.drawText(body_rect, _WRAP, str(index.data() or ""))
        finally:
            painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        # A list view asks without a width: wrap to its viewport (it re-asks on resize).
        if isinstance(view, QAbstractItemView) and view.viewport().width() > 0:
            width = view.viewport().width()
        else:
            width = option.rect.width() if option.rect.width() > 0 else 360
        inner = max(80, width - 2 * _PAD - _BAR)
        body = QFontMetrics(option.font).boundingRect(
            QRect(0, 0, inner, 100_000), _WRAP, str(index.data() or "")
        )
        header = QFontMetrics(_small(option.font)).height()
        return QSize(width, header + 3 + body.height() + 2 * _PAD)
