"""Small helpers for the HTML the case screen hands to ``QTextBrowser``: user text
escaped, never interpreted as markup. (The tints of notes and bubbles are mixed
from the theme's colours by :func:`ui.theme.mix` when the HTML is built.)"""

from __future__ import annotations

import html


def escaped(text: str) -> str:
    """``text`` as HTML: escaped, line breaks kept."""
    return html.escape(text).replace("\r\n", "\n").replace("\n", "<br>")
