"""The queue's channel marks, drawn in the theme's colours: an envelope for a case
that came by email, a small screen for one typed in at the console. Drawn once
per theme (the queue asks for them for every painted row), with a white variant
for a selected row, where the accent-coloured background would swallow them.
:class:`ui.queue.channel_delegate.ChannelDelegate` paints them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from console.domain.cases import Channel
from ui.theme import Theme, current_theme

ICON_SIZE = 16
_SCALES = (1.0, 2.0)  # ordinary and high-density screens


def _envelope(painter: QPainter, size: float) -> None:
    box = QRectF(1.5, 3.5, size - 3, size - 7)
    painter.drawRoundedRect(box, 1.5, 1.5)
    flap = QPainterPath(QPointF(box.left() + 0.5, box.top() + 0.5))
    flap.lineTo(QPointF(size / 2, box.top() + box.height() * 0.58))
    flap.lineTo(QPointF(box.right() - 0.5, box.top() + 0.5))
    painter.drawPath(flap)


def _screen(painter: QPainter, size: float) -> None:
    painter.drawRoundedRect(QRectF(1.5, 2.5, size - 3, size - 7.5), 1.5, 1.5)
    painter.drawLine(QPointF(size / 2, size - 5), QPointF(size / 2, size - 2.5))
    painter.drawLine(QPointF(size / 2 - 3.5, size - 2.5), QPointF(size / 2 + 3.5, size - 2.5))


_SHAPES = {Channel.EMAIL: _envelope, Channel.CONSOLE: _screen}


def _pixmap(channel: Channel, colour: str, scale: float) -> QPixmap:
    pixmap = QPixmap(round(ICON_SIZE * scale), round(ICON_SIZE * scale))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(colour), 1.3)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        _SHAPES[channel](painter, ICON_SIZE)
    finally:
        painter.end()
    return pixmap


class ChannelIcons:
    """The marks of each channel in ``theme``: email in the text colour (it is the
    channel that needs care), the console muted (most cases, and no news)."""

    def __init__(self, theme: Theme) -> None:
        self.theme_name = theme.name
        colours = {Channel.EMAIL: theme.text, Channel.CONSOLE: theme.muted}
        self._icons: dict[Channel, QIcon] = {}
        for channel, colour in colours.items():
            icon = QIcon()
            for scale in _SCALES:
                icon.addPixmap(_pixmap(channel, colour, scale), QIcon.Mode.Normal)
                icon.addPixmap(_pixmap(channel, theme.on_accent, scale), QIcon.Mode.Selected)
            self._icons[channel] = icon
        header = QIcon()
        for scale in _SCALES:
            header.addPixmap(_pixmap(Channel.EMAIL, theme.muted, scale), QIcon.Mode.Normal)
        self.header = header

    def icon(self, channel: Channel) -> QIcon:
        return self._icons[channel]


_CACHE: dict[str, ChannelIcons] = {}


def channel_icons(theme: Theme) -> ChannelIcons:
    """The marks of ``theme``, drawn the first time they are asked for."""
    icons = _CACHE.get(theme.name.value)
    if icons is None:
        icons = _CACHE[theme.name.value] = ChannelIcons(theme)
    return icons


def set_channel_title(titles: QAbstractItemModel, column: int) -> None:
    """The channel column's title: the header mark in the current theme's colours."""
    titles.setHeaderData(
        column,
        Qt.Orientation.Horizontal,
        channel_icons(current_theme()).header,
        Qt.ItemDataRole.DecorationRole,
    )
