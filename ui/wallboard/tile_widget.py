"""One wallboard tile: a caption, one large figure and a line or two of detail,
painted in the colour its thresholds give it (green, amber, red, or grey when
there is no figure). The tile only shows what it is given; the figures and the
colour rule live in ``console``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from console.domain.tiles import Level
from ui.wallboard.wallboard_style import BORDER, LEVEL_COLOURS, MUTED, TEXT, font, scaled

CAPTION_MIN_PIXELS = 11
"""The smallest caption type read from a few steps away; a longer caption wraps."""


class TileWidget(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.level = Level.NONE
        self._scale = 1.0
        self.caption = QLabel(caption.upper())
        self.value = QLabel("–")
        self.detail = QLabel("")
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setWordWrap(True)
        for label in (self.caption, self.value, self.detail):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.detail)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.set_scale(1.0)

    def show_figure(self, value: str, detail: str, level: Level, tooltip: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setToolTip(tooltip)
        if level is not self.level:
            self.level = level
            self._restyle()
        self._fit_value()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_value()

    def _fit_value(self) -> None:
        """The figure in the largest type that fits the tile's width (a long
        duration must shrink rather than be cut off); the caption likewise, down
        to a legible size, below which it wraps onto a second line."""
        # the style sheet's border and top bar lie inside contentsRect: keep clear of them
        room = self.contentsRect().width() - 2 * scaled(18, self._scale) - 6
        for label, wanted in (
            (self.value, font(76, self._scale, QFont.Weight.Bold)),
            (self.caption, font(19, self._scale, QFont.Weight.DemiBold)),
        ):
            if label is self.caption:
                # the caption's 1 px letter spacing (its style sheet) widens it too
                wanted.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1)
            smallest = CAPTION_MIN_PIXELS if label is self.caption else 9
            width = QFontMetrics(wanted).horizontalAdvance(label.text()) + 4
            if room > 0 and width > room:
                wanted.setPixelSize(max(smallest, int(wanted.pixelSize() * room / width)))
                # the letter spacing does not shrink with the type: step down until it fits
                while (
                    wanted.pixelSize() > smallest
                    and QFontMetrics(wanted).horizontalAdvance(label.text()) + 4 > room
                ):
                    wanted.setPixelSize(wanted.pixelSize() - 1)
            if label is self.caption:
                self.caption.setWordWrap(QFontMetrics(wanted).horizontalAdvance(label.text()) + 4 > room)
            label.setFont(wanted)
        # A wrapped detail keeps all its lines: the figure above it gives way first.
        margins = self._layout.contentsMargins()
        inner = max(1, self.contentsRect().width() - margins.left() - margins.right())
        self.detail.setMinimumHeight(max(0, self.detail.heightForWidth(inner)))

    def needed_height(self, width: int) -> int:
        """The height that shows the caption, the figure and every line of the
        detail at ``width`` (the detail wraps)."""
        margins = self._layout.contentsMargins()
        inner = max(1, width - margins.left() - margins.right() - 2)
        parts = [
            self.caption.heightForWidth(inner)
            if self.caption.wordWrap()
            else self.caption.sizeHint().height(),
            self.value.sizeHint().height(),
            self.detail.heightForWidth(inner),
        ]
        frame = scaled(7, self._scale) + 2  # the coloured top bar and the border
        return margins.top() + margins.bottom() + sum(parts) + 2 * self._layout.spacing() + frame

    def set_scale(self, scale: float) -> None:
        self._scale = scale
        self.detail.setFont(font(21, scale))
        margin = scaled(18, scale)
        layout = self._layout
        layout.setContentsMargins(margin, scaled(12, scale), margin, scaled(12, scale))
        layout.setSpacing(scaled(2, scale))
        self._restyle()
        self._fit_value()

    def _restyle(self) -> None:
        colours = LEVEL_COLOURS[self.level]
        bar = scaled(7, self._scale)
        self.setStyleSheet(
            f"QFrame#tile {{ background: {colours.fill}; border: 1px solid {BORDER}; "
            f"border-top: {bar}px solid {colours.edge}; border-radius: {scaled(10, self._scale)}px; }}"
        )
        self.caption.setStyleSheet(f"color: {MUTED}; letter-spacing: 1px;")
        self.value.setStyleSheet(f"color: {colours.edge if self.level is not Level.NONE else TEXT};")
        self.detail.setStyleSheet(f"color: {TEXT};")
