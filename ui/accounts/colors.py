"""Text colours that read on the cockpit's coloured badges and banners: the dark
theme's state colours are light, so white text on them would not."""

from __future__ import annotations

from PySide6.QtGui import QColor

_DARK_TEXT = QColor("#1b1e24")
_LIGHT_TEXT = QColor("#ffffff")


def _luminance(color: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF())


def on_color(background: QColor) -> QColor:
    """White or dark text on ``background``, whichever contrasts more (WCAG): the
    dark theme's badge colours are light."""
    lum = _luminance(background)
    white = 1.05 / (lum + 0.05)
    dark = (lum + 0.05) / (_luminance(_DARK_TEXT) + 0.05)
    return _LIGHT_TEXT if white >= dark else _DARK_TEXT


def on_color_name(background: str) -> str:
    return on_color(QColor(background)).name()
