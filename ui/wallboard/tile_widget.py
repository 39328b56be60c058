"""One wallboard tile: a caption, one large figure and a line or two of detail,
painted in the colour its thresholds give it (green, amber, red, or grey when
there is no figure). The tile only shows what it is given; the figures and the
colour rule live in ``console``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from console.domain.tiles import Level
from ui.wallboard.wallboard_style import LEVEL_COLOURS, MUTED, TEXT, font, scaled


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
        duration must shrink rather than be cut off)."""
        room = self.contentsRect().width() - 2 * scaled(18, self._scale)
        for label, wanted in (
            (self.value, font(76, self._scale, QFont.Weight.Bold)),
            (self.caption, font(19, self._scale, QFont.Weight.DemiBold)),
        ):
            if label is self.caption:
                # the caption's 1 px letter spacing (its style sheet) widens it too
                wanted.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1)
            width = QFontMetrics(wanted).horizontalAdvance(label.text()) + 4
            if room > 0 and width > room:
                wanted.setPixelSize(max(9, int(wanted.pixelSize() * room / width)))
            label.setFont(wanted)

    def set_scale(self, scale: float) -> None:
        self._scale = scale
        self.detail.setFont(font(21, scale))
        margin = scaled(18, scale)
        layout = self._layout
        layout.setContentsMargins(margin, scaled(14, scale), margin, scaled(14, scale))
        layout.setSpacing(scaled(2, scale))
        self._restyle()
        self._fit_value()

    def _restyle(self) -> None:
        colours = LEVEL_COLOURS[self.level]
        bar = scaled(7, self._scale)
        self.setStyleSheet(
            f"QFrame#tile {{ background: {colours.fill}; border: 1px solid #2b3340; "
            f"border-top: {bar}px solid {colours.edge}; border-radius: {scaled(10, self._scale)}px; }}"
        )
        self.caption.setStyleSheet(f"color: {MUTED}; letter-spacing: 1px;")
        self.value.setStyleSheet(f"color: {colours.edge if self.level is not Level.NONE else TEXT};")
        self.detail.setStyleSheet(f"color: {TEXT};")
