"""Text colours that read on the cockpit's coloured badges and banners: the dark
theme's state colours are light, so white text on them would not. The rule itself
(WCAG contrast) lives in :mod:`ui.theme`."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ui.theme import on_colour


def on_color(background: QColor) -> QColor:
    """White or dark text on ``background``, whichever contrasts more (WCAG)."""
    return QColor(on_colour(background.name()))


def on_color_name(background: str) -> str:
    return on_colour(background)
