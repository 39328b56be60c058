"""The escaping the case screen's HTML (timeline, chat bubbles, header) uses: the
one rule for outside text lives in :mod:`ui.widgets.plain_text`, kept importable
here. (The tints of notes and bubbles are mixed from the theme's colours by
:func:`ui.theme.mix` when the HTML is built.)"""

from __future__ import annotations

from ui.widgets.plain_text import escaped

__all__ = ["escaped"]
