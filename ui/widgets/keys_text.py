"""Keyboard shortcuts as the person's keyboard names them: "Ctrl+N" in English,
"Strg+N" in German (Qt's own catalogue names the keys)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def keys_text(*keys: str) -> str:
    """``keys`` (Qt's portable names, "Ctrl+Enter") in the native words, " / " between."""
    return " / ".join(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys)
