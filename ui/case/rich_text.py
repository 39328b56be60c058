"""Small helpers for the HTML the case screen hands to ``QTextBrowser``: user text
escaped (never interpreted as markup) and tints mixed from the theme's colours, so
notes and bubbles follow the light and the dark theme alike."""

from __future__ import annotations

import html

from PySide6.QtGui import QColor


def escaped(text: str) -> str:
    """``text`` as HTML: escaped, line breaks kept."""
    return html.escape(text).replace("\r\n", "\n").replace("\n", "<br>")


def mix(base: str, tint: str, amount: float) -> str:
    """``base`` moved ``amount`` (0–1) of the way towards ``tint``, as ``#rrggbb``."""
    a, b = QColor(base), QColor(tint)
    r = round(a.red() + (b.red() - a.red()) * amount)
    g = round(a.green() + (b.green() - a.green()) * amount)
    bl = round(a.blue() + (b.blue() - a.blue()) * amount)
    return QColor(r, g, bl).name()
